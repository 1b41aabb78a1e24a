// Spec output for people, plus one machine-readable totals line for CI and scripts/test.sh.
const Mocha = require('mocha');
const fs = require('node:fs');

class TotalsReporter extends Mocha.reporters.Spec {
  constructor(runner, options) {
    super(runner, options);
    runner.once(Mocha.Runner.constants.EVENT_RUN_END, () => {
      const { passes, failures } = this.stats;
      fs.writeFileSync('.test-totals', `${passes} ${failures}\n`);
    });
  }
}

module.exports = TotalsReporter;
