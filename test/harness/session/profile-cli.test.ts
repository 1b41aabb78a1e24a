import { expect } from 'chai';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import type { CliContext } from '../../../harness/cli/context.ts';
import { runLaunch } from '../../../harness/cli/launch/run.ts';
import { HarnessError } from '../../../harness/errors.ts';
import { runCommand } from '../../../harness/suites/run.ts';
import { readTrace } from '../../../harness/trace/trace-file.ts';
import type { DeviationEvent, Trace } from '../../../harness/trace/types.ts';

const FIXTURE = fileURLToPath(new URL('../../fixtures/profile-commits', import.meta.url));

function context(): CliContext {
  return {
    stdout: new PassThrough(),
    stderr: new PassThrough(),
    env: { CI: 'true', NO_COLOR: '1' },
    setExitCode: () => undefined,
  };
}

/** The launch command's options as commander hands them over, defaults included. */
const launchOptions = (out: string, lmsProfile: string) => ({
  driver: 'chromium',
  advance: '10s',
  out,
  lmsProfile,
  hangTimeout: '30s',
});

const deviations = (trace: Trace) =>
  trace.events.filter((e): e is DeviationEvent => e.type === 'deviation');

/** What moodle-1.2 changes for the fixture: its probe of a 2004 name answers 201, not 401. */
const MOODLE_DEVIATION = ['error-code', 'LMSGetValue', '201'];

describe('--lms-profile on the command line', function () {
  this.timeout(60_000);
  let dir: string;

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'profile-cli-'));
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('launch --lms-profile moodle-1.2 writes a trace with its deviations', async () => {
    const out = join(dir, 'launch.json');
    const code = await runLaunch(FIXTURE, launchOptions(out, 'moodle-1.2'), context());
    expect(code).to.equal(0);
    const trace = await readTrace(out);
    expect(trace.meta.profile).to.equal('moodle-1.2');
    expect(deviations(trace).map((d) => [d.quirk, d.fn, d.error])).to.deep.equal([
      MOODLE_DEVIATION,
    ]);
  });

  it('run --suite lint --lms-profile moodle-1.2 (jsdom) records the deviations in its traces', async () => {
    const out = join(dir, 'run');
    await runCommand(
      [FIXTURE],
      { suite: 'lint', driver: 'jsdom', lmsProfile: 'moodle-1.2', out, reporter: 'json' },
      context(),
    );
    const files = await readdir(join(out, 'traces'));
    expect(files).to.have.length(1);
    const trace = await readTrace(join(out, 'traces', files[0]!));
    expect(trace.meta.profile).to.equal('moodle-1.2');
    expect(deviations(trace).map((d) => [d.quirk, d.fn, d.error])).to.deep.equal([
      MOODLE_DEVIATION,
    ]);
  });

  it('launch refuses a profile for another SCORM version before any browser work', async () => {
    const error = await runLaunch(
      FIXTURE,
      launchOptions(join(dir, 'never.json'), 'strict-2004'),
      context(),
    ).catch((e: unknown) => e);
    expect(error).to.be.instanceOf(HarnessError);
    expect((error as HarnessError).message).to.match(/strict-2004.*SCORM 2004, not 1\.2/);
  });
});
