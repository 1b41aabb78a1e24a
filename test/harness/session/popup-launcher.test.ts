/**
 * popup:N: the LMS page frames a launcher page N frames down, and that page's own Launch button
 * opens the content. So the popup's opener is a frame that holds no API, and only a search that
 * goes up the opener's ancestors finds it (scorm-runtime.md#api-discovery).
 */
import { expect } from 'chai';
import { apiCalls } from '../../../harness/assert/index.ts';
import type { Trace } from '../../../harness/trace/types.ts';
import { contentAccessHarness } from './content-access.ts';
import { fixture } from './shared-harness.ts';

interface Geometry {
  openerIsTop: boolean;
  openerPath: string;
  apiOnOpener: boolean;
  /** Steps up from the opener to the window holding the API; -1 if none does. */
  stepsToApi: number;
  apiWindowIsLmsPage: boolean;
}

const fns = (trace: Trace) => apiCalls(trace).map((e) => e.fn);

describe('popup:N launches: the popup is opened by a frame below the API window (end to end)', function () {
  this.timeout(30_000);
  const access = contentAccessHarness('chromium');

  for (const depth of [1, 3]) {
    it(`popup:${depth}: the opener is the launcher page ${depth} frame(s) below the LMS page`, async () => {
      const session = await access.harness().launch({
        package: await fixture('sco12'),
        learner: { id: `launcher-${depth}`, name: 'Launcher, Lee' },
        launchMode: `popup:${depth}`,
        runtime: { launchData: 'finish' },
      });
      await session.waitForCall('LMSInitialize');
      const content = access.page(session);
      const seen = await content.evaluate<Geometry>(`
        const opener = win.opener;
        let steps = 0;
        let at = opener;
        while (!at.API && at.parent !== at) { at = at.parent; steps += 1; }
        return {
          openerIsTop: opener === opener.top,
          openerPath: opener.location.pathname,
          apiOnOpener: 'API' in opener,
          stepsToApi: at.API ? steps : -1,
          apiWindowIsLmsPage: at === opener.top && at === win.opener.top,
        };`);
      expect(seen).to.deep.include({
        openerIsTop: false,
        apiOnOpener: false,
        stepsToApi: depth,
        apiWindowIsLmsPage: true,
      });
      expect(seen.openerPath).to.match(/^\/s\/[^/]+\/nest\/launcher$/);

      const trace = await session.finish();
      expect(trace.meta.launchMode).to.equal(`popup:${depth}`);
      expect(fns(trace)).to.include.members(['LMSInitialize', 'LMSFinish']);
      expect(trace.final.ended).to.equal('terminated');
      const popups = trace.events.filter((e) => e.type === 'lifecycle' && e.what === 'popup');
      expect(popups.map((e) => e.type === 'lifecycle' && e.url)).to.satisfy(
        (urls: string[]) => urls.length === 1 && /\/content\/index\.html/.test(urls[0]!),
      );
    });
  }
});
