// The answers the specs give, shared by the Playwright specs and the other engines' WebDriver
// specs (so nothing here may import Playwright).

/** No risk at all, every tool, left knee, shown the MCL step; `overrides` by question id. */
export const noRisks = (overrides = {}) => (id) =>
  overrides[id] ??
  ({ "q-which-knee": "left", "q-clinician-cleared": "no", "q-mcl-guidance": "yes", "q-foam-roller": "yes", "q-massage-ball": "yes" }[id] ?? "no");
