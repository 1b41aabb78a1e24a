import { expect } from 'chai';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { HarnessError } from '../../../harness/errors.ts';
import { streamTraceFile } from '../../../harness/trace/jsonl.ts';
import type { TraceEvent } from '../../../harness/trace/types.ts';
import { scratch } from '../package/fixtures.ts';
import { sampleTrace } from './sample-trace.ts';

const { meta } = sampleTrace();
const header = JSON.stringify({ schemaVersion: 1, meta });
const final = JSON.stringify({ final: { ended: 'terminated', t: 9, state: null, commits: 0 } });
const api = (seq: number, value = 'x') =>
  JSON.stringify({
    seq,
    t: seq,
    type: 'api',
    fn: 'LMSSetValue',
    args: ['cmi.suspend_data', value],
    result: 'true',
    error: '0',
  });

async function read(dir: string, text: string): Promise<TraceEvent[]> {
  const file = join(dir, 'trace.jsonl');
  writeFileSync(file, text);
  const events: TraceEvent[] = [];
  await streamTraceFile(file, { header() {}, event: (e) => void events.push(e), final() {} });
  return events;
}

async function refusal(dir: string, text: string): Promise<HarnessError> {
  try {
    await read(dir, text);
  } catch (error) {
    if (error instanceof HarnessError) return error;
    throw error;
  }
  throw new Error('the trace was accepted');
}

describe('streamTraceFile', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  before(async () => ({ dir, cleanup } = await scratch()));
  after(() => cleanup());

  it('reads CRLF lines, skips blank ones and stops at the final line', async () => {
    const events = await read(
      dir,
      [header, api(0), '', '  ', api(1), final, 'after the end'].join('\r\n'),
    );
    expect(events.map((e) => e.seq)).to.deep.equal([0, 1]);
  });

  it('reads lines that span chunks, multi-byte characters included', async () => {
    const long = 'é€'.repeat(400_000);
    const events = await read(dir, [header, api(0, long), api(1), final].join('\n'));
    expect(events.map((e) => (e.type === 'api' ? e.args[1]?.length : 0))).to.deep.equal([
      long.length,
      1,
    ]);
  });

  const refused: [string, string[], string, number | undefined][] = [
    ['an empty file', [], 'TRACE_INVALID', 1],
    ['a header without meta', ['{"schemaVersion":1}'], 'TRACE_INVALID', 1],
    ['a newer schema version', ['{"schemaVersion":99,"meta":{}}'], 'TRACE_VERSION', undefined],
    [
      'an invalid header',
      [JSON.stringify({ schemaVersion: 1, meta: { ...meta, version: '3' } })],
      'TRACE_INVALID',
      1,
    ],
    ['a line that is not JSON', [header, api(0), '{oops'], 'TRACE_INVALID', 3],
    ['a line that is not an object', [header, '[1]'], 'TRACE_INVALID', 2],
    ['an event of no known type', [header, '{"seq":0,"t":0,"type":"nap"}'], 'TRACE_INVALID', 2],
    ['an event without seq', [header, api(0).replace('"seq":0,', '')], 'TRACE_INVALID', 2],
    ['an invalid final line', [header, '{"final":{}}'], 'TRACE_INVALID', 2],
    ['a cut recording', [header, api(0), api(1)], 'TRACE_INVALID', 3],
  ];
  for (const [what, lines, code, line] of refused) {
    it(`refuses ${what}, naming the line`, async () => {
      const error = await refusal(dir, lines.join('\n'));
      expect(error.code).to.equal(code);
      expect(error.line).to.equal(line);
    });
  }
});
