/**
 * `npm run cts`: replays the ADL SCORM 2004 4th Ed conformance test suite's data-model test cases
 * (API, DMI, DMB, DDM) against runtime-2004 and prints the figures. Exit 0 when every mismatch is
 * a listed known divergence and no listed one went away, 1 otherwise, 2 when the suite could not
 * run (missing or malformed data). Data directory: CTS_2004_DATA or shared/cts-2004-4th beside the checkout.
 */
import { HarnessError } from '../../harness/errors.ts';
import { classifyMismatches, loadKnownDivergences } from './known-divergences.ts';
import { figureLines, problemLines } from './report.ts';
import { launchScorm2004 } from './runtime-adapter.ts';
import { DEFAULT_CTS_DATA, runCtsSuite } from './suite.ts';

function main(): number {
  try {
    const divergences = loadKnownDivergences();
    const files = runCtsSuite(DEFAULT_CTS_DATA, launchScorm2004);
    const classified = classifyMismatches(
      files.flatMap((f) => f.results),
      divergences,
    );
    const divergencesFile = 'test/cts/known-divergences.json';
    console.log([...figureLines(files), ...problemLines(classified, divergencesFile)].join('\n'));
    return classified.unlisted.length > 0 || classified.stale.length > 0 ? 1 : 0;
  } catch (error) {
    if (error instanceof HarnessError) {
      console.error(error.describe());
      return 2;
    }
    throw error;
  }
}

process.exitCode = main();
