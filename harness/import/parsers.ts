/** Every text-log importer, in the order detection breaks ties (most specific first). */
import { adlTestSuiteParser } from './adl-test-suite.ts';
import { consoleParser } from './console.ts';
import { moodleParser } from './moodle.ts';
import { scormAgainParser } from './scorm-again.ts';
import { scormCloudParser } from './scorm-cloud.ts';
import { scormDriverParser } from './scorm-driver.ts';
import type { LogParser } from './types.ts';

export const LOG_PARSERS: readonly LogParser[] = [
  scormCloudParser,
  moodleParser,
  scormDriverParser,
  scormAgainParser,
  adlTestSuiteParser,
  consoleParser,
];
