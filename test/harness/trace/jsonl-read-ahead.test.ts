/**
 * A trace read with the read-ahead worker gives the visitor what the main thread alone gives it,
 * and fails with the same error at the same line: the worker from the first byte, and the worker
 * taking over after the main thread has read a chunk of 64 bytes (so that lines span chunks and
 * the hand-over falls inside a line).
 */
import { expect } from 'chai';
import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HarnessError } from '../../../harness/errors.ts';
import { streamTraceFile, type StreamOptions } from '../../../harness/trace/jsonl.ts';
import { scratch } from '../package/fixtures.ts';

const meta = {
  package: 'p',
  sco: 's',
  version: '1.2',
  launchMode: 'frameset',
  learner: { id: 'l', name: 'L' },
  profile: 'spec',
  harnessVersion: '0.1.0',
  started: '2025-01-01T00:00:00.000Z',
};
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
const events = (from: number, to: number) =>
  Array.from({ length: to - from }, (_, i) => api(from + i, 'é€'.repeat(i % 7)));

const MAIN_ONLY: Partial<StreamOptions> = { readAheadFromBytes: Infinity };
const FROM_START = 'the worker from the start';
const AFTER_A_CHUNK = 'the worker after one chunk';
const WORKER: Record<string, Partial<StreamOptions>> = {
  [FROM_START]: { readAheadFromBytes: 0, handOverAfter: 0 },
  [AFTER_A_CHUNK]: { readAheadFromBytes: 0, handOverAfter: 1, chunkBytes: 64 },
};

interface Outcome {
  seen: string[];
  error?: { code: string; line: number | undefined; message: string };
}

async function read(file: string, options: Partial<StreamOptions>): Promise<Outcome> {
  const seen: string[] = [];
  try {
    await streamTraceFile(
      file,
      {
        header: (m) => void seen.push(`header ${m.sco}`),
        event: (e) => void seen.push(JSON.stringify(e)),
        final: (f) => void seen.push(`final ${f.ended}`),
      },
      options,
    );
    return { seen };
  } catch (error) {
    if (!(error instanceof HarnessError)) throw error;
    return { seen, error: { code: error.code, line: error.line, message: error.message } };
  }
}

describe('streamTraceFile with the read-ahead worker', function () {
  // The first case starts the worker (tsx, ajv: about a second on a loaded machine); the others
  // reuse it, as the next long file of a process does.
  this.timeout(60_000);
  let dir: string;
  let cleanup: () => Promise<void>;
  before(async () => ({ dir, cleanup } = await scratch()));
  after(() => cleanup());

  const traces: [string, string, string[]][] = [
    [
      'CRLF and blank lines, multi-byte characters, lines after the final one',
      [header, ...events(0, 10), '', '  ', ...events(10, 20), final, 'after the end'].join('\r\n'),
      [FROM_START, AFTER_A_CHUNK],
    ],
    [
      'a line that is not JSON',
      [header, ...events(0, 12), '{oops', ...events(12, 14)].join('\n'),
      [AFTER_A_CHUNK],
    ],
    [
      'an invalid event',
      [header, ...events(0, 12), '{"seq":1,"t":0,"type":"nap"}'].join('\n'),
      [FROM_START],
    ],
    [
      'a cut recording',
      [header, ...events(0, 12), api(12).slice(0, 30)].join('\n'),
      [AFTER_A_CHUNK],
    ],
    [
      'a newer schema version',
      '{"schemaVersion":99,"meta":{}}\n' + events(0, 3).join('\n'),
      [FROM_START],
    ],
    ['no line at all', '\n\n  \n', [FROM_START]],
  ];
  for (const [what, text, modes] of traces) {
    for (const how of modes) {
      const options = WORKER[how]!;
      it(`${what}: ${how} gives what the main thread alone gives`, async () => {
        const file = join(dir, `${what}.jsonl`);
        writeFileSync(file, text);
        const alone = await read(file, MAIN_ONLY);
        expect(alone.seen.length > 0 || alone.error !== undefined).to.equal(true);
        expect(await read(file, options)).to.deep.equal(alone);
      });
    }
  }

  it('says a file it cannot read is unreadable', async () => {
    const folder = join(dir, 'folder.jsonl');
    mkdirSync(folder);
    const outcome = await read(folder, WORKER['the worker from the start']!);
    expect(outcome.error?.message).to.match(/cannot read the trace \(EISDIR\)/);
  });

  it('stops the worker and rejects with the error a visitor throws', async () => {
    const file = join(dir, 'visitor.jsonl');
    writeFileSync(file, [header, ...events(0, 500), final].join('\n'));
    let seen = 0;
    const failing = streamTraceFile(
      file,
      {
        header() {},
        event() {
          if ((seen += 1) === 100) throw new Error('a rule broke');
        },
        final() {},
      },
      { readAheadFromBytes: 0, handOverAfter: 0, chunkBytes: 256 },
    );
    await failing.then(
      () => expect.fail('resolved'),
      (error: Error) => expect(error.message).to.equal('a rule broke'),
    );
    expect(seen).to.equal(100);
  });

  it('starts its worker in a process that registers tsx at run time, as the CLI does', async () => {
    const file = join(dir, 'cli.jsonl');
    writeFileSync(file, [header, ...events(0, 30), final].join('\n'));
    const jsonl = fileURLToPath(new URL('../../../harness/trace/jsonl.ts', import.meta.url));
    const script = [
      "import { register } from 'tsx/esm/api';",
      'register();',
      `const { streamTraceFile } = await import(${JSON.stringify(jsonl)});`,
      'let n = 0;',
      `await streamTraceFile(${JSON.stringify(file)}, { header() {}, event: () => void (n += 1), final() {} }, { readAheadFromBytes: 0, handOverAfter: 0 });`,
      'console.log(n);',
    ].join('\n');
    // No --import: the child has only what bin/scorm-harness.js registers.
    const out = await new Promise<string>((resolve, reject) =>
      execFile(
        process.execPath,
        ['--input-type=module', '-e', script],
        { cwd: fileURLToPath(new URL('../../../', import.meta.url)) },
        (error, stdout, stderr) => (error ? reject(new Error(stderr)) : resolve(stdout)),
      ),
    );
    expect(out.trim()).to.equal('30');
  });
});
