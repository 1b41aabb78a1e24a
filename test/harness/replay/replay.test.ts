import { expect } from 'chai';
import { deriveProfile } from '../../../harness/replay/derive-profile.ts';
import { replay, type ReplayLaunchRequest } from '../../../harness/replay/replay.ts';
import { parseProfile } from '../../../harness/profiles/validate-profile.ts';
import type { ApiFunctions } from '../../../harness/profiles/profile-layer.ts';
import { calls, traceOf } from './trace-builder.ts';
import { nodeLauncher } from './node-launcher.ts';

/** What the customer's LMS answered: a resumed learner, exit refused, the second Commit failed. */
const customer = traceOf(
  calls([
    ['LMSInitialize', [''], 'true'],
    ['LMSGetValue', ['cmi.core.lesson_status'], 'incomplete'],
    ['LMSGetValue', ['cmi.suspend_data'], 'page=3'],
    ['LMSSetValue', ['cmi.core.lesson_location', 'page-3'], 'true'],
    ['LMSCommit', [''], 'true'],
    ['LMSSetValue', ['cmi.core.exit', 'suspend'], 'false', '101'],
    ['LMSGetLastError', [], '101', '101'],
    ['LMSCommit', [''], 'false', '101'],
    ['LMSFinish', [''], 'true'],
  ]),
);

/** A course that resumes from suspend_data and checks every write, like the customer's. */
function course(api: ApiFunctions): void {
  api.LMSInitialize!('');
  if (api.LMSGetValue!('cmi.core.lesson_status') === 'completed') return void api.LMSFinish!('');
  const page = /page=(\d+)/.exec(api.LMSGetValue!('cmi.suspend_data'))?.[1] ?? '1';
  api.LMSSetValue!('cmi.core.lesson_location', `page-${page}`);
  api.LMSCommit!('');
  if (api.LMSSetValue!('cmi.core.exit', 'suspend') !== 'true') api.LMSGetLastError!();
  api.LMSCommit!('');
  api.LMSFinish!('');
}

describe('replay', () => {
  it('derives the launch values, refusals and Commit answers of the customer LMS', () => {
    const profile = deriveProfile(customer);
    expect(profile.name).to.equal('replay-of-course');
    expect(profile.versions).to.deep.equal(['1.2']);
    expect(profile.quirks).to.deep.equal([
      {
        quirk: 'recorded-answers',
        launchValues: { 'cmi.core.lesson_status': 'incomplete', 'cmi.suspend_data': 'page=3' },
        refused: [
          { fn: 'LMSSetValue', args: ['cmi.core.exit', 'suspend'], result: 'false', error: '101' },
        ],
        commits: [
          { result: 'true', error: '0' },
          { result: 'false', error: '101' },
        ],
      },
    ]);
    expect(() => parseProfile(profile)).not.to.throw();
  });

  it('does not take values the content wrote for launch values', () => {
    const trace = traceOf(
      calls([
        ['LMSInitialize', [''], 'true'],
        ['LMSSetValue', ['cmi.core.lesson_location', 'x'], 'true'],
        ['LMSGetValue', ['cmi.core.lesson_location'], 'x'],
      ]),
    );
    const [quirk] = deriveProfile(trace).quirks;
    expect(quirk).to.deep.include({ launchValues: {} });
  });

  it('replays the same course against the derived profile with no divergence', async () => {
    const result = await replay(
      customer,
      { source: 'course', version: '1.2' },
      {
        launch: nodeLauncher('1.2', course),
      },
    );
    expect(result.diff.firstDivergence).to.equal(undefined);
    expect(result.diff.counts.same).to.equal(9);
    expect(result.replayed.events.filter((e) => e.type === 'deviation')).to.have.length(4);
    expect(result.notes).to.deep.equal([]);
  });

  it('shows where a changed course splits from the customer run', async () => {
    const unchecked = (api: ApiFunctions) => {
      api.LMSInitialize!('');
      api.LMSGetValue!('cmi.core.lesson_status');
      api.LMSGetValue!('cmi.suspend_data');
      api.LMSSetValue!('cmi.core.lesson_location', 'page-1');
      api.LMSFinish!('');
    };
    const result = await replay(
      customer,
      { source: 'course', version: '1.2' },
      {
        launch: nodeLauncher('1.2', unchecked),
      },
    );
    const first = result.diff.ops[result.diff.firstDivergence!]!;
    expect(first.kind).to.equal('removed');
    expect(first.kind === 'removed' && first.a.args).to.deep.equal([
      'cmi.core.lesson_location',
      'page-3',
    ]);
  });

  it('says so when no answer of the new run deviated', async () => {
    const plain = traceOf(calls([['LMSInitialize', [''], 'true']]));
    const result = await replay(
      plain,
      { source: 'course', version: '1.2' },
      {
        launch: nodeLauncher('1.2', (api) => void api.LMSInitialize!('')),
      },
    );
    expect(result.notes).to.have.length(1);
    expect(result.notes[0]).to.contain('did not apply the derived profile');
  });

  it('notes a version mismatch between the trace and the package', async () => {
    const result = await replay(
      customer,
      { source: 'course-2004', version: '2004' },
      {
        launch: nodeLauncher('2004', (api) => void api.Initialize!('')),
      },
    );
    expect(result.notes[0]).to.contain('SCORM 1.2 but course-2004 is SCORM 2004');
  });

  it("launches where the reference ran: its launch mode, and its API window's depth", async () => {
    const requests: ReplayLaunchRequest[] = [];
    const launcher = nodeLauncher('1.2', (api) => void api.LMSInitialize!(''));
    const reference = traceOf(calls([['LMSInitialize', [''], 'true']]));
    const framed = {
      ...reference,
      meta: { ...reference.meta, launchMode: 'nested:3' as const, apiWindowDepth: 2 },
    };
    for (const trace of [reference, framed]) {
      await replay(
        trace,
        { source: 'course', version: '1.2' },
        {
          launch: (request) => {
            requests.push(request);
            return launcher(request);
          },
        },
      );
    }
    expect(
      requests.map(({ launchMode, apiWindowDepth }) => ({ launchMode, apiWindowDepth })),
    ).to.deep.equal([
      { launchMode: 'frameset', apiWindowDepth: undefined },
      { launchMode: 'nested:3', apiWindowDepth: 2 },
    ]);
  });
});
