// Prints `N passed, N failed, N skipped` alone on the last line, so tools reading the log can count.
function count(suite, totals) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const child of suite?.suites ?? []) count(child, totals);
}

export function countReporter() {
  let totals = { passed: 0, failed: 0, skipped: 0 };
  return {
    onTestRunFinished({ sessions }) {
      totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        count(session.testResults, totals);
        // A file that could not load, or threw outside a test, counts as a failure.
        if (!session.passed && (session.errors?.length ?? 0) > 0) totals.failed++;
      }
    },
    stop() {
      // After everything else the runner prints, so it is the last line of the log.
      process.once('exit', () => {
        console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
      });
    },
  };
}
