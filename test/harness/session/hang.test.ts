import { expect } from 'chai';
import { apiCalls, type TraceLike } from '../../../harness/assert/queries.ts';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadPackage } from '../../../harness/package/index.ts';
import type { ScormPackage } from '../../../harness/package/types.ts';
import { startHarness, type Harness } from '../../../harness/session/harness.ts';
import { readTraceJsonl } from '../../../harness/trace/jsonl.ts';
import type { Trace } from '../../../harness/trace/types.ts';
import { parseTrace } from '../../../harness/trace/validate.ts';
import { fixture } from './shared-harness.ts';

const HANG_MS = 2000;
const hangs = (trace: Trace) =>
  trace.events.filter(
    (e) => e.type === 'lifecycle' && e.what === 'timeout' && /hung/.test(e.detail ?? ''),
  );
const fns = (trace: TraceLike) => apiCalls(trace).map((e) => e.fn);

async function rejection(promise: Promise<unknown>): Promise<Error> {
  return promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: Error) => error,
  );
}

// One browser for the file; the watchdog is real time (HANG_MS), the content's time is virtual.
describe('content that hangs (end to end)', function () {
  this.timeout(30_000);
  let harness: Harness;
  let pkg: ScormPackage;
  let dir: string;

  before(async () => {
    harness = await startHarness({ hangTimeoutMs: HANG_MS });
    pkg = await loadPackage(fileURLToPath(new URL('../../fixtures/hang', import.meta.url)));
    dir = mkdtempSync(join(tmpdir(), 'scorm-harness-hang-'));
  });
  after(async () => {
    await harness?.close();
    await pkg?.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it('an endless loop in a timer: the tick throws, the trace ends with the hang and the committed state', async () => {
    const session = await harness.launch({ package: pkg, sco: 'hang-later' });
    await session.waitForCall('LMSCommit');
    const error = await rejection(session.tick(10_000));
    expect(error.name).to.equal('HarnessError');
    expect(error.message).to.match(/^the content hung: .* while advancing virtual time/);
    const trace = session.trace!;
    expect(() => parseTrace(trace)).not.to.throw();
    expect(trace.final.ended).to.equal('timeout');
    expect(trace.final.state?.data['cmi.core.lesson_location']).to.equal('before-the-hang');
    // Sent by the page only after its script was stopped: the last call before the loop is kept.
    expect(trace.events.some((e) => e.type === 'api' && e.args[1] === 'in-the-loop')).to.equal(
      true,
    );
    expect(hangs(trace)).to.have.length(1);
    expect(fns(trace).slice(0, 4)).to.deep.equal([
      'LMSInitialize',
      'LMSSetValue',
      'LMSSetValue',
      'LMSCommit',
    ]);
  });

  it('an endless loop right after LMSInitialize: the launch throws and the streamed trace is complete', async () => {
    const tracePath = join(dir, 'at-load.jsonl');
    const error = await rejection(harness.launch({ package: pkg, sco: 'hang-at-load', tracePath }));
    expect(error.message).to.match(/^the content hung: .* while loading the LMS page/);
    const trace = await readTraceJsonl(tracePath);
    expect(trace.final.ended).to.equal('timeout');
    expect(fns(trace)).to.deep.equal(['LMSInitialize']);
    expect(hangs(trace)).to.have.length(1);
  });

  it('the hung pages are torn down: the browser launches the next SCO as usual', async () => {
    const session = await harness.launch({ package: await fixture('sco12') });
    await session.waitForCall('LMSCommit');
    const trace = await session.close();
    expect(trace.final.state?.data['cmi.core.lesson_status']).to.equal('incomplete');
  });
});
