import { expect } from 'chai';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { runCli } from '../../../harness/cli/program.ts';
import { readTrace } from '../../../harness/trace/trace-file.ts';

function stream(): PassThrough & { text(): string } {
  const chunks: string[] = [];
  const s = new PassThrough() as PassThrough & { text(): string };
  s.on('data', (chunk: Buffer) => chunks.push(chunk.toString()));
  s.text = () => chunks.join('');
  return s;
}

describe('scorm-harness launch on content that hangs (in process, end to end)', function () {
  this.timeout(30_000);
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'scorm-harness-hang-cli-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the complete trace and exits 2 saying the content hung', async () => {
    const out = join(dir, 'trace.json');
    const stdout = stream();
    const stderr = stream();
    const pkg = fileURLToPath(new URL('../../fixtures/hang', import.meta.url));
    const code = await runCli(
      [
        'launch',
        pkg,
        '--sco',
        'hang-later',
        '--advance',
        '1m',
        '--hang-timeout',
        '2s',
        '--out',
        out,
      ],
      { stdout, stderr, env: { NO_COLOR: '1', CI: 'true' } },
    );
    expect(code, stderr.text()).to.equal(2);
    expect(stderr.text()).to.include(`the trace so far is in ${out}`);
    // Not the "error BROWSER_FAILED" prefix: under mocha the command's dynamic import loads a second
    // copy of errors.ts, so failure.ts cannot tell the HarnessError (the binary, all ESM, can).
    expect(stderr.text()).to.match(/the content hung: .* within 2000 ms \(real time\)/);
    const trace = await readTrace(out);
    expect(trace.final.ended).to.equal('timeout');
    expect(trace.final.state?.data['cmi.core.lesson_location']).to.equal('before-the-hang');
    expect(
      trace.events.some(
        (e) => e.type === 'lifecycle' && e.what === 'timeout' && /hung/.test(e.detail ?? ''),
      ),
    ).to.equal(true);
  });
});
