// What "on one screen" means while a step runs (issue 30), shared by the Playwright layout spec
// and the other engines' WebDriver specs: what must show at each kind of screen, and the check
// that runs inside the page (a plain function of its one argument, like in-page.mjs).

/**
 * What must be on screen at each kind of screen: the step's name, the countdown (at a hold, its
 * question's answers) and the stop buttons everywhere; Pause and the whole picture on tablets
 * and phones; on tablets, the step's cautions and what to keep off, and while it runs its where,
 * hands, pressure and how to move.
 */
export function mustSee(kind, held, cautions) {
  // At a hold the clock has stopped and is hidden: its question takes its place.
  const must = { name: ".step-name", stop: ".stop-controls" };
  must[held ? "hold" : "countdown"] = held ? ".check-in-answers" : ".countdown";
  if (kind === "phone-landscape") return must;
  must.picture = ".todo-card svg.step-picture";
  if (!held) must.pause = ".controls .button-primary";
  if (kind === "tablet") {
    // How to do it while the step runs (at a hold the hands are off the knee, answering).
    if (!held) must.words = ".step-details";
    // The step's cautions and what to keep off, where it has them, at a hold too.
    if (cautions) must.cautions = ".todo-cautions";
  }
  return must;
}

/**
 * What is wrong with the screen as it is now, in the page (nothing: an empty list): each of
 * `must`'s elements inside the viewport with the page at the top, every word of its buttons
 * inside them, and no two overlapping.
 */
export function oneScreenProblems(must) {
  window.scrollTo(0, 0);
  const found = [];
  const boxes = [];
  for (const [name, selector] of Object.entries(must)) {
    const el = document.querySelector(selector);
    if (!el) {
      found.push(`no ${name}`);
      continue;
    }
    const r = el.getBoundingClientRect();
    if (r.top < 0 || r.left < 0 || r.bottom > innerHeight + 0.5 || r.right > innerWidth + 0.5) {
      found.push(`${name} is not all on screen (${r.left.toFixed(0)},${r.top.toFixed(0)}-${r.right.toFixed(0)},${r.bottom.toFixed(0)})`);
    }
    boxes.push([name, r]);
    // Every word of its buttons shows inside them (a word too long for a narrow button is
    // hyphenated where the browser can, else broken at the edge, never cut off).
    for (const button of el.matches("button") ? [el] : el.querySelectorAll("button")) {
      if (button.scrollWidth > button.clientWidth + 1) found.push(`"${button.textContent.trim()}" is cut off`);
    }
  }
  for (const [i, [a, ra]] of boxes.entries()) {
    for (const [b, rb] of boxes.slice(i + 1)) {
      const apart = ra.right <= rb.left || rb.right <= ra.left || ra.bottom <= rb.top || rb.bottom <= ra.top;
      if (!apart) found.push(`${a} overlaps ${b}`);
    }
  }
  return found;
}
