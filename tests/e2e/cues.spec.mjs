// Sound, vibration and spoken cues, on time: tones scheduled on the audio clock, vibrations
// and spoken step names when the page's clock says so, and one mute that silences them all.
// Timing-sensitive: this spec runs in the serial project, alone on the machine.

import { test, expect, expectAccessible, languageIndependent } from "./support/fixtures.mjs";
import { LANG, t, STEP } from "./support/catalog.mjs";
import { openOverview, shows, startRoutine } from "./support/patient.mjs";

// Records every tone started (when, on the audio clock, relative to the clock at the call; its
// pitch), every tone cut short, every vibration and every spoken phrase (with the page's
// clock). Speech never finishes here: the routine must not wait on it. The device lists a voice
// for each of the widget's languages (headless Chromium lists none).
function spyOnCues() {
  speechSynthesis.getVoices = () => [{ lang: "en-US", name: "voice en" }, { lang: "es-ES", name: "voice es" }];
  window.__cues = { tones: [], cut: 0, vibrations: [], spoken: [] };
  const proto = AudioScheduledSourceNode.prototype;
  const start = proto.start;
  proto.start = function (when = 0) {
    window.__cues.tones.push({ at: when - this.context.currentTime, pitch: this.frequency?.value, t: Date.now() });
    return start.call(this, when);
  };
  const stop = proto.stop;
  proto.stop = function (when) {
    if (when === undefined) window.__cues.cut += 1;
    return stop.call(this, when);
  };
  navigator.vibrate = (pattern) => {
    window.__cues.vibrations.push({ t: Date.now(), pattern: [].concat(pattern) });
    return true;
  };
  speechSynthesis.speak = (utterance) => {
    window.__cues.spoken.push({ t: Date.now(), text: utterance.text, lang: utterance.lang });
  };
}

const cueLog = (page) => page.evaluate(() => JSON.parse(JSON.stringify(window.__cues)));
const near = (a, b, within = 0.1) => Math.abs(a - b) <= within;

/** A routine started with the spy on and spoken names chosen, once its first step is named. */
async function startWithCueSpy(app) {
  const { page } = app;
  await page.addInitScript(spyOnCues);
  await openOverview(app);
  await page.getByLabel(t.ui.SpeakSteps).check();
  await startRoutine(page);
  await page.waitForFunction(() => window.__cues.spoken.length === 1);
}

test("cues: 3-2-1 and step-change tones on the audio clock, vibration and spoken names on time", async ({ page, app }) => {
  await startWithCueSpy(app);
  let log = await cueLog(page);
  // Every tone up to the first check-in is on the audio clock already, at its exact moment:
  // the start, 27-28-29 s, the change at 30 s, then 147-148-149 s and the check-in at 150 s.
  // (Times count from the moment the page scheduled them, a few milliseconds after the tap.)
  const starts = log.tones.map((tone) => tone.at).sort((a, b) => a - b);
  const expected = [0, 0.2, 27, 28, 29, 30, 30.2, 147, 148, 149, 150, 150.2];
  expect(starts, "tone times").toHaveLength(expected.length);
  expected.forEach((want, i) => expect(near(starts[i], want, 0.15), `tone ${i} at ${starts[i]} s, expected ${want} s`).toBe(true));
  const pitches = log.tones.map((tone) => tone.pitch);
  expect(pitches.filter((p) => p === 660), "count tones (6) and the check-in's low tone").toHaveLength(7);
  // The step's name is spoken at once, in the page's language.
  expect(log.spoken.map((s) => [s.text, s.lang]), "spoken").toEqual([[STEP.Positioning, LANG]]);
  const t0 = log.spoken[0].t;
  // Run the clock through the end of the first step, firing each timer at its moment.
  await page.clock.fastForward(26_000);
  await page.clock.runFor(5_000);
  log = await cueLog(page);
  // Vibrations on the page's clock, each within 0.15 s of its moment (the spoken name and the
  // first buzz come from the same tap, a few milliseconds apart on a loaded machine).
  const wantVibrations = [[0, "200,100,200"], [27, "80"], [28, "80"], [29, "80"], [30, "200,100,200"]];
  expect(log.vibrations.map((v) => v.pattern.join(",")), "vibration patterns").toEqual(wantVibrations.map(([, p]) => p));
  wantVibrations.forEach(([want], i) => {
    const at = (log.vibrations[i].t - t0) / 1000;
    expect(near(at, want, 0.15), `vibration ${i} at ${at} s, expected ${want} s`).toBe(true);
  });
  expect(log.spoken, "spoken phrases").toHaveLength(2);
  expect(near((log.spoken[1].t - t0) / 1000, 30), `the next step named at ${(log.spoken[1].t - t0) / 1000} s`).toBe(true);
  expect(log.spoken[1].text, "the next step's name").toBe(STEP.SoftTissueRelease);
  await shows(page, "h1", STEP.SoftTissueRelease);
  // The last three seconds look different; with reduced motion, without the pulse.
  await page.clock.fastForward(116_000);
  await page.locator(".countdown.is-ending").waitFor();
  expect(await page.locator(".countdown").evaluate((e) => getComputedStyle(e).animationName), "pulse").toBe("ending-pulse");
  await page.emulateMedia({ reducedMotion: "reduce" });
  expect(await page.locator(".countdown").evaluate((e) => getComputedStyle(e).animationName), "reduced motion").toBe("none");
  expect(await page.locator(".countdown").evaluate((e) => getComputedStyle(e).textDecorationLine), "a steady mark").toBe("underline");
  await page.clock.runFor(4_000);
  await shows(page, "#check-in-heading", t.ui.CheckInQuestion);
  log = await cueLog(page);
  expect(log.spoken.at(-1).text, "the check-in asked aloud").toBe(t.ui.CheckInQuestion);
  // Nothing is scheduled past the check-in until the patient answers.
  const tonesBefore = log.tones.length;
  await page.clock.runFor(5_000);
  expect((await cueLog(page)).tones, "tones while waiting at the check-in").toHaveLength(tonesBefore);
  await page.getByRole("button", { name: t.ui.CheckInGoodAche }).click();
  await page.waitForFunction((n) => window.__cues.tones.length > n, tonesBefore);
  log = await cueLog(page);
  expect(near(log.tones[tonesBefore].at, 0), "going on announces the next step at once").toBe(true);
  await expectAccessible(page, "a running step with the cue settings");
});

test("one mute silences every tone, vibration and word, and cuts those already scheduled", async ({ page, app }) => {
  languageIndependent();
  await startWithCueSpy(app);
  await page.clock.fastForward(10_000);
  let log = await cueLog(page);
  const ahead = log.tones.filter((tone) => tone.at > 10.5).length;
  const mute = page.getByRole("button", { name: t.ui.Mute });
  await expect(mute, "mute before").toHaveAttribute("aria-pressed", "false");
  await mute.click();
  await expect(mute, "mute after").toHaveAttribute("aria-pressed", "true");
  await expect(page.getByLabel(t.ui.SpeakSteps), "speech while muted").toBeDisabled();
  await page.waitForFunction((n) => window.__cues.cut >= n, ahead);
  log = await cueLog(page);
  const counts = [log.tones.length, log.vibrations.length, log.spoken.length];
  // Through the step's end, pause, resume and skip: not a sound.
  await page.clock.runFor(25_000);
  await shows(page, "h1", STEP.SoftTissueRelease);
  await page.getByRole("button", { name: t.ui.Pause }).click();
  await page.getByRole("button", { name: t.ui.Resume }).click();
  await page.getByRole("button", { name: t.ui.SkipStep }).click();
  await page.clock.runFor(2_000);
  log = await cueLog(page);
  expect([log.tones.length, log.vibrations.length, log.spoken.length], "cues while muted").toEqual(counts);
  // Unmuted mid-step: only what is still ahead, from now.
  await mute.click();
  await page.waitForFunction((n) => window.__cues.tones.length > n, counts[0]);
  log = await cueLog(page);
  expect(log.tones.slice(counts[0]).filter((tone) => tone.at <= 0), "tones in the past after unmuting").toEqual([]);
});

// The option to say each step's name is offered only where the device lists a voice for the
// page's language: a choice that could say nothing is never offered.
for (const [voices, offered] of [[[], false], [["xx-XX", "zz"], false], [["xx-XX", `${LANG}-XX`], true]]) {
  test(`voices ${JSON.stringify(voices)}: the spoken-names option is ${offered ? "offered" : "not offered"}`, async ({ page, app }) => {
    await page.addInitScript((langs) => {
      const listed = langs.map((lang) => ({ lang, name: `voice ${lang}` }));
      speechSynthesis.getVoices = () => listed;
    }, voices);
    await openOverview(app);
    await expect(page.getByLabel(t.ui.SpeakSteps)).toHaveCount(offered ? 1 : 0);
    await expect(page.getByRole("button", { name: t.ui.Mute }), "the other cues stay").toHaveCount(1);
  });
}

test("voices listed late: the spoken-names option appears when the browser's voices change", async ({ page, app }) => {
  await page.addInitScript(() => {
    window.__voices = [];
    speechSynthesis.getVoices = () => window.__voices;
  });
  await openOverview(app);
  await expect(page.getByLabel(t.ui.SpeakSteps), "no voice listed yet").toHaveCount(0);
  await page.evaluate((lang) => {
    window.__voices = [{ lang: `${lang}-XX`, name: "a late voice" }];
    speechSynthesis.dispatchEvent(new Event("voiceschanged"));
  }, LANG);
  await expect(page.getByLabel(t.ui.SpeakSteps), "offered once a voice is listed").toHaveCount(1);
});
