/** Invariants of the pure bridge logic over generated inputs (fast-check, fixed seed). */
import { expect } from 'chai';
import fc from 'fast-check';
import { buildReport } from '../../../../../examples/sch-bridge/src/core/lms-report.ts';
import { writes12 } from '../../../../../examples/sch-bridge/src/core/report-12.ts';
import { writes2004 } from '../../../../../examples/sch-bridge/src/core/report-2004.ts';
import {
  formatCmiTimespan,
  formatIsoDuration,
} from '../../../../../examples/sch-bridge/src/core/time-format.ts';

const SEED = { seed: 20261128, numRuns: 300 };
// scorm-runtime.md#types-12 and #types-2004.
const CMI_DECIMAL = /^-?\d+(\.\d+)?$/;
const REAL = /^-?(\d+(\.\d*)?|\.\d+)$/;
const TIMESPAN = /^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/;
const DURATION = /^P(?=.)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d{1,2})?S)?)?$/;

const challenge = fc.record({
  id: fc.string({ minLength: 1, maxLength: 4 }),
  completed: fc.boolean(),
  score: fc.oneof(fc.integer({ min: 0, max: 160 }), fc.double({ min: 0, max: 160, noNaN: true })),
});
const assignment = fc.record({ id: fc.string(), mandatory: fc.boolean(), finished: fc.boolean() });
const progress = fc.record({
  assignments: fc.array(assignment, { maxLength: 4 }),
  challenges: fc.array(challenge, { maxLength: 6 }),
});
const bookmark = { topic: 't', challenge: 'c', phase: 1, hints: [] };

describe('sch-bridge invariants', () => {
  it('every written value is valid for its version, and status agrees with score', () => {
    fc.assert(
      fc.property(progress, fc.nat(400_000_000), (p, ms) => {
        const report = buildReport(p, ms, 'sid', bookmark);
        const w12 = Object.fromEntries(writes12(report));
        const w04 = Object.fromEntries(writes2004(report));
        const raw = w12['cmi.core.score.raw'];
        expect(raw === undefined).to.equal(report.raw === undefined);
        if (raw !== undefined) {
          expect(raw).to.match(CMI_DECIMAL);
          expect(Number(raw)).to.be.within(0, 100);
          expect(w04['cmi.score.scaled']).to.match(REAL);
          expect(Number(w04['cmi.score.scaled'])).to.be.within(0, 1);
          expect(w04['cmi.score.raw']).to.equal(raw);
          const passed = Number(raw) >= 70;
          expect(w04['cmi.success_status']).to.equal(passed ? 'passed' : 'failed');
        }
        expect(w12['cmi.core.lesson_status']).to.be.oneOf(['incomplete', 'passed', 'failed']);
        expect(w12['cmi.core.session_time']).to.match(TIMESPAN);
        expect(w04['cmi.session_time']).to.match(DURATION);
        expect(w12['cmi.suspend_data']).to.equal('{"sid":"sid"}');
        expect(w04['cmi.exit']).to.equal(report.complete ? 'normal' : 'suspend');
      }),
      SEED,
    );
  });

  it('both time formats encode the same centiseconds', () => {
    fc.assert(
      fc.property(fc.nat(3_600_000_000), (ms) => {
        const [h, m, s] = formatCmiTimespan(ms).split(':').map(Number) as [number, number, number];
        const iso = /^PT(\d+)H(\d+)M([\d.]+)S$/.exec(formatIsoDuration(ms));
        const cs = Math.floor(ms / 10);
        expect(Math.round((h * 3600 + m * 60 + s) * 100)).to.equal(cs);
        expect(iso).to.not.equal(null);
        const [, ih, im, is] = iso as RegExpExecArray;
        expect(Math.round((Number(ih) * 3600 + Number(im) * 60 + Number(is)) * 100)).to.equal(cs);
      }),
      SEED,
    );
  });
});
