import { readFileSync } from 'node:fs';
import { expect } from 'chai';
import { detectFormat } from '../../../harness/import/detect.ts';
import { splitLines } from '../../../harness/import/lines.ts';
import type { ImportFormat } from '../../../harness/import/types.ts';
import { fixture } from './fixtures.ts';

const cases: [string, ImportFormat][] = [
  ['scorm-cloud-2004.log', 'scorm-cloud'],
  ['moodle-12.log', 'moodle'],
  ['moodle-2004.log', 'moodle'],
  ['scorm-again-12.log', 'scorm-again'],
  ['scorm-driver-12.log', 'scorm-driver'],
  ['adl-test-suite-12.log', 'adl-test-suite'],
  ['console-wrapper-12.log', 'console'],
  ['console-pipwerks-2004.log', 'console'],
  ['console-imc-2004.log', 'console'],
  ['native-12.trace.json', 'native'],
  ['native-12.trace.jsonl', 'native'],
];

describe('import: format detection', () => {
  for (const [file, format] of cases) {
    it(`names ${file} ${format}`, () => {
      expect(detectFormat(splitLines(readFileSync(fixture(file), 'utf8')))?.format).to.equal(
        format,
      );
    });
  }

  it('names nothing for prose', () => {
    expect(detectFormat(['The course did not record completion.', 'Please help.'])).to.equal(
      undefined,
    );
  });
});
