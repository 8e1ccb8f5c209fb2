// Ends the run with one line, "N passed, N failed", counting each test once by its final
// outcome (scripts/test.sh adds it to the other tiers). A test that did not run because the
// run stopped (a failed dependency, the global timeout, an interrupt) counts as failed; only
// a test skipped on purpose (test.skip) counts as neither.

export default class SummaryReporter {
  onBegin(_config, suite) {
    this.suite = suite;
  }

  onEnd(result) {
    let passed = 0;
    let failed = 0;
    for (const test of this.suite.allTests()) {
      const outcome = test.outcome();
      if (outcome === "expected") passed += 1;
      else if (outcome === "skipped" && test.annotations.some((a) => a.type === "skip")) continue;
      else failed += 1;
    }
    // An error outside any test (a spec that does not load, a fixture of the worker) fails too.
    if (result.status !== "passed" && failed === 0) failed = 1;
    console.log(`${passed} passed, ${failed} failed`);
  }

  printsToStdio() {
    return false;
  }
}
