// Knee care widget: embed script. No dependencies; nothing is stored; no request but the
// widget's own page.
//
//   <div id="knee-care"></div>
//   <script src="https://widget.example/embed.js" data-target="knee-care"
//           data-clinic="Bay Physio" data-phone="+1 555 0100" async></script>
//
// Creates an iframe of the widget (the folder this script was served from) inside the element
// named by data-target (or right after this script tag), passes the settings below from the
// script's data-* attributes into the iframe's query, and sets the iframe's height from the
// widget's height messages. It accepts messages only from the widget's origin and from its own
// iframe. Lifecycle events (with data-events="on") are re-sent on the container element as a
// "knee-care" DOM event whose detail is { event }; they never carry health data.
//
// A clinician's routine in this page's own address (https://clinic.example/knee#rx=...) goes on
// into the frame's fragment, and nothing else of this page's fragment: a link to the clinic's
// page opens the routine inside it. Like every fragment, it is never sent to any server.
(() => {
  "use strict";
  const script = document.currentScript;
  if (!script || !script.src) return;
  const KEYS = ["clinic", "phone", "url", "lang", "accent", "theme", "mode", "idle", "events", "parent"];
  const widget = new URL("./", script.src);
  const query = new URLSearchParams();
  for (const key of KEYS) {
    const value = script.dataset[key];
    if (value !== undefined) query.set(key, value);
  }
  // The widget may only talk to this page: name it as the parent unless the page did.
  if (!query.has("parent") && /^https?:$/.test(location.protocol)) query.set("parent", location.origin);

  const frame = document.createElement("iframe");
  // (Not query.size: Safari before 17 lacks it, and would drop every setting.)
  const settings = query.toString();
  // The `rx=` pair only, as the widget reads it (Prescription::from_fragment); the widget itself
  // says so if it cannot be read.
  const rx = location.hash.replace(/^#/, "").split("&").find((pair) => pair.startsWith("rx="));
  const routine = rx && rx.length <= 4096 ? `#${rx}` : "";
  frame.src = `${widget.href}${settings ? `?${settings}` : ""}${routine}`;
  frame.title = script.dataset.title || "Knee self-care";
  frame.allow = "screen-wake-lock; clipboard-write";
  frame.referrerPolicy = "no-referrer";
  frame.style.width = "100%";
  frame.style.border = "0";
  frame.style.display = "block";
  frame.style.height = "640px"; // until the widget says how tall it is

  const target = script.dataset.target && document.getElementById(script.dataset.target);
  const container = target || script.parentNode;
  if (target) target.appendChild(frame);
  else script.insertAdjacentElement("afterend", frame);

  window.addEventListener("message", (event) => {
    if (event.origin !== widget.origin || event.source !== frame.contentWindow) return;
    const data = event.data;
    if (!data || data.type !== "knee-care" || data.version !== 1) return;
    if (data.kind === "height" && Number.isFinite(data.height)) {
      frame.style.height = `${Math.min(Math.max(Math.ceil(data.height), 200), 20000)}px`;
    } else if (data.kind === "event" && typeof data.event === "string") {
      container.dispatchEvent(new CustomEvent("knee-care", { detail: { event: data.event } }));
    }
  });
})();
