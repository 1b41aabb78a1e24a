import { readFileSync } from 'node:fs';
import { expect } from 'chai';
import { HarnessError } from '../../../harness/errors.ts';
import { importLog } from '../../../harness/import/import-log.ts';
import { sampleTrace } from '../trace/sample-trace.ts';
import { fixture } from './fixtures.ts';

describe('import: native traces', () => {
  for (const file of ['native-12.trace.json', 'native-12.trace.jsonl']) {
    it(`reads ${file} as it was recorded, from the path and from the text`, async () => {
      const fromPath = await importLog(fixture(file));
      const fromText = await importLog({ text: readFileSync(fixture(file), 'utf8') });
      expect(fromPath.trace).to.deep.equal(sampleTrace());
      expect(fromText.trace).to.deep.equal(sampleTrace());
      expect(fromPath.report).to.deep.equal({
        format: 'native',
        skipped: [],
        ignoredLines: 0,
        notes: [],
      });
    });
  }

  it('leaves schema problems to the trace module', async () => {
    const trace = { ...sampleTrace(), events: [{ seq: 0, t: 0, type: 'api' }] };
    try {
      await importLog({ text: JSON.stringify(trace) });
      expect.fail('imported an invalid trace');
    } catch (e) {
      expect((e as HarnessError).code).to.equal('TRACE_INVALID');
    }
  });

  it('refuses a JSON Lines trace cut before its final line', async () => {
    const text = readFileSync(fixture('native-12.trace.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .slice(0, -1)
      .join('\n');
    try {
      await importLog({ text });
      expect.fail('imported a cut trace');
    } catch (e) {
      expect((e as HarnessError).code).to.equal('IMPORT_FAILED');
      expect((e as HarnessError).message).to.contain('no final line');
    }
  });
});
