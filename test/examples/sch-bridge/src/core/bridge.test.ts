/**
 * The built bridge core (dist/<variant>.core.mjs) driven against our SCORM runtimes and the mock
 * SecureCodingHub backend on 127.0.0.1, with a fake clock for session time and heartbeats.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'chai';
import { loadSchFixture, type SchFixture } from '../../../../../harness/backends/sch/index.ts';
import { serveBackend, type Served } from '../../../../harness/backends/sch/serve.ts';
import { calls, launch, loadCore, type Version } from '../../launch-core.ts';

const fixture: SchFixture = {
  learner: { id: 'learner-1', name: 'Ada' },
  assignments: [{ id: 'a1', mandatory: true, finished: false, challenges: ['c1', 'c2'] }],
  challenges: [
    { id: 'c1', topic: 'sqli', completed: false, score: 0 },
    { id: 'c2', topic: 'xss', completed: false, score: 0 },
  ],
  sessions: [
    { id: 'launcher-sid', bookmark: { topic: 'xss', challenge: 'c2', phase: 1, hints: [] } },
  ],
};

interface Names {
  status: string;
  raw: string;
  time: string;
  exit: string;
  init: string;
  commit: string;
  terminate: string;
}
const NAMES: Record<Version, Names> = {
  '1.2': {
    status: 'cmi.core.lesson_status',
    raw: 'cmi.core.score.raw',
    time: 'cmi.core.session_time',
    exit: 'cmi.core.exit',
    init: 'LMSInitialize',
    commit: 'LMSCommit',
    terminate: 'LMSFinish',
  },
  '2004': {
    status: 'cmi.completion_status',
    raw: 'cmi.score.raw',
    time: 'cmi.session_time',
    exit: 'cmi.exit',
    init: 'Initialize',
    commit: 'Commit',
    terminate: 'Terminate',
  },
};

for (const version of ['1.2', '2004'] as const) {
  const n = NAMES[version];

  describe(`sch-bridge core against the SCORM ${version} runtime`, function () {
    this.timeout(20_000);
    let served: Served;

    before(() => loadCore());
    beforeEach(async () => {
      served = await serveBackend(fixture);
    });
    afterEach(() => served.close());

    it('initializes first, marks incomplete and commits before anything else', async () => {
      const s = await launch(version, { backendUrl: served.base });
      await s.bridge.start();
      expect(calls(s.events).slice(0, 4)).to.deep.equal([
        `${n.init}()`,
        `${version === '1.2' ? 'LMSGetValue' : 'GetValue'}(${n.status})`,
        `${version === '1.2' ? 'LMSSetValue' : 'SetValue'}(${n.status},incomplete)`,
        `${n.commit}()`,
      ]);
      const first = s.events.find((e) => e.type === 'commit');
      expect(first?.type === 'commit' && first.state.data[n.status]).to.equal('incomplete');
      expect(s.apiErrors).to.deep.equal([]);
    });

    it('creates a session and commits suspend_data {"sid"} with exit suspend', async () => {
      const s = await launch(version, { backendUrl: served.base });
      await s.bridge.start();
      const state = s.api.persistedState();
      expect(state.data['cmi.suspend_data']).to.equal('{"sid":"sch-session-1"}');
      expect(state.exit).to.equal('suspend');
      expect(s.view.last).to.include({ phase: 'running', sid: 'sch-session-1', resumed: false });
      expect(served.backend.requests.map((r) => `${r.method} ${r.path}`)).to.deep.equal([
        'POST /api/sch/scorm/sessions',
        'GET /api/sch/scorm/sessions/sch-session-1/progress',
      ]);
      expect(served.backend.requests[0]?.body).to.deep.equal({
        learner: { id: 'learner-1', name: 'Ada' },
      });
    });

    it('uses the launcher sid on first launch', async () => {
      const s = await launch(version, { backendUrl: served.base, launchSid: 'launcher-sid' });
      await s.bridge.start();
      expect(s.view.last.bookmark).to.deep.equal(fixture.sessions?.[0]?.bookmark);
      expect(s.api.persistedState().data['cmi.suspend_data']).to.equal('{"sid":"launcher-sid"}');
    });

    it('reports score and status once every mandatory challenge is done', async () => {
      const s = await launch(version, { backendUrl: served.base });
      await s.bridge.start();
      await s.bridge.completeChallenge('c1', 150);
      let data = s.api.persistedState().data;
      expect(data[n.status]).to.equal('incomplete');
      expect(data[n.raw]).to.equal('93.75');
      await s.bridge.completeChallenge('c2', 70);
      data = s.api.persistedState().data;
      expect(data[n.raw]).to.equal('68.75');
      if (version === '1.2') {
        expect(data).to.include({
          'cmi.core.lesson_status': 'failed',
          'cmi.core.score.min': '0',
          'cmi.core.score.max': '100',
        });
        expect(Object.keys(data).filter((k) => k.includes('scaled'))).to.deep.equal([]);
      } else {
        expect(data).to.include({
          'cmi.completion_status': 'completed',
          'cmi.success_status': 'failed',
          'cmi.score.min': '0',
          'cmi.score.max': '100',
          'cmi.score.scaled': '0.6875',
        });
      }
      expect(s.api.persistedState().exit).to.equal(version === '2004' ? 'normal' : '');
      expect(s.apiErrors).to.deep.equal([]);
    });

    it('beats every 60 s with the session time, re-commits on the same tick, stops at Terminate', async () => {
      const s = await launch(version, { backendUrl: served.base });
      await s.bridge.start();
      await s.bridge.moveBookmark({ topic: 'sqli', challenge: 'c1', phase: 2 });
      await s.clock.tickAsync(59_999);
      expect(served.backend.state.session('sch-session-1')?.heartbeats).to.have.length(0);
      await s.clock.tickAsync(1);
      await s.view.idle();
      const commitsAt60 = s.events.filter((e) => e.type === 'commit' && e.t === 60_000);
      expect(commitsAt60).to.have.length(1);
      const time = version === '1.2' ? '0000:01:00.00' : 'PT0H1M0S';
      expect(commitsAt60[0]?.type === 'commit' && commitsAt60[0].state.data[n.time]).to.equal(time);
      const beats = served.backend.state.session('sch-session-1')?.heartbeats ?? [];
      expect(beats.map((b) => b.sessionTime)).to.deep.equal([time]);
      expect(JSON.parse(beats[0]?.lmsBookmark ?? '')).to.deep.equal({
        topic: 'sqli',
        challenge: 'c1',
        phase: 2,
        hints: [],
      });
      await s.clock.tickAsync(60_000);
      await s.view.idle();
      s.bridge.finish();
      await s.clock.tickAsync(180_000);
      await s.view.idle();
      expect(served.backend.state.session('sch-session-1')?.heartbeats).to.have.length(2);
      expect(s.view.last.heartbeats).to.equal(2);
    });

    it('counts beats from Initialize; a beat before the session is known does nothing', async () => {
      let release = () => {};
      const gate = new Promise<void>((resolve) => (release = resolve));
      const s = await launch(version, {
        backendUrl: served.base,
        wrapBackend: (client) => ({
          ...client,
          createSession: async (learner) => {
            await gate;
            return client.createSession(learner);
          },
        }),
      });
      const started = s.bridge.start();
      await s.clock.tickAsync(60_000);
      expect(s.events.filter((e) => e.type === 'commit')).to.have.length(1);
      release();
      await started;
      await s.clock.tickAsync(60_000);
      await s.view.idle();
      const beats = served.backend.state.session('sch-session-1')?.heartbeats ?? [];
      expect(beats.map((b) => b.sessionTime)).to.deep.equal([
        version === '1.2' ? '0000:02:00.00' : 'PT0H2M0S',
      ]);
    });

    it('terminates exactly once and leaves unfinished work suspended', async () => {
      const s = await launch(version, { backendUrl: served.base });
      await s.bridge.start();
      await s.clock.tickAsync(90_500);
      await s.view.idle();
      s.bridge.finish();
      s.bridge.finish();
      expect(calls(s.events).filter((c) => c.startsWith(n.terminate))).to.have.length(1);
      const state = s.api.persistedState();
      expect(state.terminated).to.equal(true);
      expect(state.exit).to.equal('suspend');
      expect(state.sessionTime).to.equal(version === '1.2' ? '0000:01:30.50' : 'PT0H1M30.5S');
      await s.bridge.completeChallenge('c1', 160);
      expect(calls(s.events).at(-1)).to.equal(`${n.terminate}()`);
    });

    it('resumes: reads the sid from suspend_data and shows the server-side bookmark', async () => {
      const first = await launch(version, { backendUrl: served.base });
      await first.bridge.start();
      await first.bridge.moveBookmark({ topic: 'sqli', challenge: 'c1', phase: 2 });
      await first.bridge.revealHint('hint-1');
      first.bridge.finish();

      const second = await launch(version, {
        backendUrl: served.base,
        resume: first.api.persistedState(),
        launchSid: 'launcher-sid',
      });
      await second.bridge.start();
      expect(second.view.last).to.include({ entry: 'resume', resumed: true, sid: 'sch-session-1' });
      expect(second.view.last.bookmark).to.deep.equal({
        topic: 'sqli',
        challenge: 'c1',
        phase: 2,
        hints: ['hint-1'],
      });
      expect(served.backend.requests.map((r) => `${r.method} ${r.path}`)).to.include(
        'GET /api/sch/scorm/sessions/sch-session-1',
      );
      expect(second.apiErrors).to.deep.equal([]);
    });
  });
}

describe('sch-bridge core on the bundled backend fixtures', function () {
  this.timeout(20_000);
  const dir = fileURLToPath(
    new URL('../../../../../harness/backends/sch/fixtures/', import.meta.url),
  );
  // file, launch sid, 1.2 lesson_status, 2004 completion / success, raw ('' = not written)
  const table: Array<[string, string | undefined, string, string, string, string]> = [
    ['fresh-learner.json', undefined, 'incomplete', 'incomplete', '', ''],
    ['mandatory-finished.json', undefined, 'passed', 'completed', 'passed', '75'],
    ['no-mandatory-below-pass.json', undefined, 'failed', 'completed', 'failed', '60'],
    [
      'resume-mid-challenge.json',
      'sch-session-resume',
      'incomplete',
      'incomplete',
      'passed',
      '100',
    ],
    ['over-cap.json', undefined, 'passed', 'completed', 'passed', '100'],
  ];
  for (const [file, launchSid, lesson, completion, success, raw] of table) {
    it(`${file}: 1.2 ${lesson}; 2004 ${completion}/${success || '-'}; raw ${raw || '-'}`, async () => {
      const served = await serveBackend(loadSchFixture(join(dir, file)));
      try {
        const s12 = await launch('1.2', { backendUrl: served.base, launchSid });
        await s12.bridge.start();
        const d12 = s12.api.persistedState().data;
        expect([d12['cmi.core.lesson_status'], d12['cmi.core.score.raw'] ?? '']).to.deep.equal([
          lesson,
          raw,
        ]);
        const s04 = await launch('2004', { backendUrl: served.base, launchSid });
        await s04.bridge.start();
        const d04 = s04.api.persistedState().data;
        expect([
          d04['cmi.completion_status'],
          d04['cmi.success_status'] ?? '',
          d04['cmi.score.raw'] ?? '',
        ]).to.deep.equal([
          completion,
          // the runtime persists the initial "unknown" when the bridge wrote no success
          success || 'unknown',
          raw,
        ]);
      } finally {
        await served.close();
      }
    });
  }
});
