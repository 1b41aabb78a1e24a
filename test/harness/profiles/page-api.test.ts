import { expect } from 'chai';
import { Scorm12Api, type RuntimeEvent } from '../../../runtime-1.2/index.ts';
import { Scorm2004Api } from '../../../runtime-2004/index.ts';
import { pageApi } from '../../../harness/profiles/page-api.ts';
import type { Deviation, LmsProfile } from '../../../harness/profiles/types.ts';

describe('page API construction', () => {
  const clock = { now: () => 42 };

  it('is the bare runtime without a profile', () => {
    const api = pageApi({
      profile: undefined,
      version: '1.2',
      options: { learnerId: 'x' },
      clock,
      observer: () => undefined,
      onDeviation: () => undefined,
      construct: (o) => new Scorm12Api(o),
    });
    expect(api).to.be.instanceOf(Scorm12Api);
  });

  it('wraps the runtime with the profile, passing options through its launch-time quirks', () => {
    const events: RuntimeEvent[] = [];
    const deviations: [Deviation, number][] = [];
    const profile: LmsProfile = {
      name: 'p',
      description: 'd',
      quirks: [{ quirk: 'strict-spm' }, { quirk: 'slow-calls', ms: 5, fns: ['Commit'] }],
    };
    const api = pageApi({
      profile,
      version: '2004',
      options: { learnerId: 'learner-9' },
      clock,
      observer: (e) => events.push(e),
      onDeviation: (d, t) => deviations.push([d, t]),
      construct: (o) => new Scorm2004Api(o),
    });
    const call = api as Record<string, (...a: string[]) => string>;
    call.Initialize!('');
    expect(call.GetValue!('cmi.learner_id')).to.equal('learner-9');
    expect(call.SetValue!('cmi.location', 'x'.repeat(1001))).to.equal('false');
    call.Commit!('');
    expect(deviations.map(([d, t]) => [d.quirk, t])).to.deep.equal([
      ['strict-spm', 42],
      ['slow-calls', 42],
    ]);
    expect(events.filter((e) => e.type === 'call')).to.have.length(4);
  });
});
