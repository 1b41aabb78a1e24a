/**
 * apiWindowDepth: the API objects sit on a frame below the LMS's top window (an LMS inside a
 * portal, or a player frame), and the launch mode counts from that frame. Content must walk up
 * its parents to it (scorm-runtime.md#api-discovery); `window.top` holds no API.
 */
import { expect } from 'chai';
import { apiCalls } from '../../../harness/assert/index.ts';
import type { LaunchMode, Trace } from '../../../harness/trace/types.ts';
import { parseTrace } from '../../../harness/trace/validate.ts';
import { contentAccessHarness } from './content-access.ts';
import { fixture } from './shared-harness.ts';

interface Geometry {
  apiOnTop: boolean;
  /** Steps up from the content window to the window holding the API; -1 if none does. */
  stepsToApi: number;
  /** Steps from that window up to the top. */
  apiWindowDepth: number;
}

const fns = (trace: Trace) => apiCalls(trace).map((e) => e.fn);

const CASES: [fixture: 'sco12' | 'sco2004', LaunchMode, depth: number, steps: number][] = [
  ['sco12', 'nested:6', 1, 6],
  ['sco12', 'nested:7', 2, 7],
  ['sco2004', 'frameset', 3, 1],
];

for (const name of ['chromium', 'jsdom'] as const) {
  describe(`the API on a frame below the top window (${name}, end to end)`, function () {
    this.timeout(30_000);
    const access = contentAccessHarness(name);

    for (const [sco, mode, depth, steps] of CASES) {
      it(`${sco}, ${mode} below an API window ${depth} frame(s) down: found, not on top`, async () => {
        const session = await access.harness().launch({
          package: await fixture(sco),
          learner: { id: `api-depth-${name}-${sco}-${depth}`, name: 'Portal, Pat' },
          launchMode: mode,
          apiWindowDepth: depth,
          runtime: { launchData: 'finish' },
        });
        const init = sco === 'sco12' ? 'LMSInitialize' : 'Initialize';
        await session.waitForCall(init);
        const content = access.page(session);
        const key = sco === 'sco12' ? 'API' : 'API_1484_11';
        const seen = await content.evaluate<Geometry>(`
          let at = win;
          let steps = 0;
          while (!at.${key} && at.parent !== at) { at = at.parent; steps += 1; }
          let depth = 0;
          for (let up = at; up.parent !== up; up = up.parent) depth += 1;
          return {
            apiOnTop: 'API' in win.top || 'API_1484_11' in win.top,
            stepsToApi: at.${key} ? steps : -1,
            apiWindowDepth: depth,
          };`);
        expect(seen).to.deep.equal({ apiOnTop: false, stepsToApi: steps, apiWindowDepth: depth });

        const trace = await session.finish();
        expect(() => parseTrace(trace)).not.to.throw();
        expect(trace.meta).to.include({ launchMode: mode, apiWindowDepth: depth });
        expect(fns(trace)[0]).to.equal(init);
        expect(trace.final.ended).to.equal('terminated');
      });
    }

    it('the 1.2 search limit counts from the API window: 8 frames below it, nothing is called', async () => {
      const session = await access.harness().launch({
        package: await fixture('sco12'),
        learner: { id: `api-depth-${name}-limit`, name: 'Portal, Pat' },
        launchMode: 'nested:8',
        apiWindowDepth: 1,
      });
      const trace = await session.finish();
      expect(fns(trace)).to.deep.equal([]);
      expect(trace.final).to.include({ ended: 'timeout', state: null });
    });

    it('without apiWindowDepth the top window holds the API and the trace says nothing of it', async () => {
      const session = await access.harness().launch({
        package: await fixture('sco12'),
        learner: { id: `api-depth-${name}-top`, name: 'Portal, Pat' },
        launchMode: 'nested:2',
        runtime: { launchData: 'finish' },
      });
      await session.waitForCall('LMSInitialize');
      const content = access.page(session);
      expect(await content.evaluate<boolean>(`return !!win.top.API;`)).to.equal(true);
      const trace = await session.finish();
      expect(trace.meta).not.to.have.property('apiWindowDepth');
    });
  });
}
