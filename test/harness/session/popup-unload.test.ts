import { expect } from 'chai';
import { fileURLToPath } from 'node:url';
import { loadPackage } from '../../../harness/package/index.ts';
import type { ScormPackage } from '../../../harness/package/types.ts';
import type { Trace } from '../../../harness/trace/types.ts';
import { parseTrace } from '../../../harness/trace/validate.ts';
import { sharedHarness } from './shared-harness.ts';

const calls = (trace: Trace) =>
  trace.events.flatMap((e) => (e.type === 'api' ? [`${e.fn}(${e.args.join(', ')})`] : []));

describe('closing a popup launch runs its beforeunload and unload handlers (end to end)', function () {
  this.timeout(30_000);
  let pkg: ScormPackage;
  before(async () => {
    pkg = await loadPackage(fileURLToPath(new URL('../../fixtures/popup-unload', import.meta.url)));
  });
  after(() => pkg?.dispose());

  for (const interacted of [true, false]) {
    it(`the learner closes the popup (${interacted ? 'after' : 'without'} a click in it)`, async () => {
      const harness = await sharedHarness();
      const session = await harness.launch({
        package: pkg,
        launchMode: 'popup',
        learner: { id: `popup-unload-${interacted}`, name: 'Popup, Una' },
      });
      await session.waitForCall('LMSCommit');
      const trace = await session.close({ interacted });
      expect(() => parseTrace(trace)).not.to.throw();
      expect(calls(trace).slice(-5)).to.deep.equal([
        'LMSSetValue(cmi.core.exit, suspend)',
        'LMSSetValue(cmi.suspend_data, saved in beforeunload)',
        'LMSCommit()',
        'LMSSetValue(cmi.core.session_time, 00:00:05)',
        'LMSFinish()',
      ]);
      const dismissals = trace.events.flatMap((e) =>
        e.type === 'lifecycle' && e.what === 'unload' ? [e.detail ?? ''] : [],
      );
      expect(dismissals).to.include('beforeunload in the content (popup window)');
      expect(trace.final).to.include({ ended: 'closed', terminatedDuring: 'unload' });
      expect(trace.final.state).to.include({ terminated: true, exit: 'suspend' });
      expect(trace.final.state?.data['cmi.suspend_data']).to.equal('saved in beforeunload');
    });
  }
});
