import { expect } from 'chai';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HarnessError } from '../../../harness/errors.ts';
import { readTraceJsonl, TraceJsonlWriter } from '../../../harness/trace/jsonl.ts';
import { readTrace, writeTrace } from '../../../harness/trace/trace-file.ts';
import { sampleTrace } from './sample-trace.ts';

describe('trace files', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'trace-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('round-trips the JSON Lines form: header, one line per event, final', async () => {
    const trace = sampleTrace();
    const path = join(dir, 't.jsonl');
    const writer = new TraceJsonlWriter(path, trace.meta);
    for (const event of trace.events) writer.event(event);
    writer.finish(trace.final);
    expect(readFileSync(path, 'utf8').trim().split('\n')).to.have.length(trace.events.length + 2);
    expect(await readTraceJsonl(path)).to.deep.equal(trace);
  });

  it('keeps the lines written before a cut, and says the final line is missing', async () => {
    const trace = sampleTrace();
    const path = join(dir, 'cut.jsonl');
    const writer = new TraceJsonlWriter(path, trace.meta);
    writer.event(trace.events[0]!);
    writer.close();
    expect(readFileSync(path, 'utf8')).to.contain('"launch"');
    try {
      await readTraceJsonl(path);
      expect.fail('read a cut trace');
    } catch (e) {
      expect((e as HarnessError).code).to.equal('TRACE_INVALID');
      expect((e as HarnessError).message).to.contain('no final line');
    }
  });

  it('refuses a JSONL trace from a newer schema at the header line', async () => {
    const path = join(dir, 'new.jsonl');
    writeFileSync(path, JSON.stringify({ schemaVersion: 2, meta: {} }) + '\n');
    try {
      await readTraceJsonl(path);
      expect.fail('read a newer trace');
    } catch (e) {
      expect((e as HarnessError).code).to.equal('TRACE_VERSION');
    }
  });

  it('writes and reads the JSON document form, validating on both edges', async () => {
    const path = join(dir, 't.json');
    writeTrace(path, sampleTrace());
    expect(await readTrace(path)).to.deep.equal(sampleTrace());
    const bad = { ...sampleTrace(), events: [{ seq: 0 }] };
    expect(() => writeTrace(join(dir, 'bad.json'), bad as never)).to.throw(HarnessError);
  });
});
