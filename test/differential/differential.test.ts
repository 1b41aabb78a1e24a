import { readFileSync } from 'node:fs';
import { expect } from 'chai';
import { knownCount, runDifferential, type DifferentialReport } from './differential.ts';
import { loadCatalogue, referenceFile, unresolvedRefs, validateCatalogue } from './divergences.ts';
import { describeRepro, shrink } from './repro.ts';
import { subjects, type Subject } from './subjects.ts';

const SEQUENCES = 1000;
const REPROS_SHOWN = 10;

function unexplainedText(subject: Subject, report: DifferentialReport): string {
  const seen = new Set<string>();
  const repros: string[] = [];
  for (const u of report.unexplained) {
    const { call, ours, peer } = u.outcome;
    const key = [
      call.fn,
      call.element,
      call.kind,
      ours.result,
      ours.error,
      peer.result,
      peer.error,
    ].join('|');
    if (seen.has(key)) continue;
    seen.add(key);
    if (repros.length < REPROS_SHOWN) {
      repros.push(
        `sequence ${u.sequence}:\n${describeRepro(subject, shrink(subject, u.calls, u.at), u.outcome)}`,
      );
    }
  }
  if (report.unexplained.length === 0) return '';
  return [
    `${report.unexplained.length} differing calls in ${seen.size} class(es) match no entry of known-divergences.json`,
    `(${report.afterUnexplained} more follow from them). Minimal repros:`,
    ...repros,
  ].join('\n');
}

describe('differential: our runtimes against scorm-again', function () {
  const catalogue = loadCatalogue();
  let stackTraceLimit: number;

  // scorm-again throws (and catches) an Error for every rejected call; not capturing stacks
  // makes the corpus run about three times faster and changes no answer.
  before(() => {
    stackTraceLimit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
  });
  after(() => {
    Error.stackTraceLimit = stackTraceLimit;
  });

  for (const subject of subjects) {
    describe(`SCORM ${subject.model.version}`, () => {
      let report: DifferentialReport;

      before(() => {
        report = runDifferential(subject, catalogue, SEQUENCES);
        console.log(
          `      differential ${report.version}: ${report.agree}/${report.calls} calls agree (${knownCount(report)} known divergences)`,
        );
      });

      it(`answers every call of ${SEQUENCES} sequences like scorm-again or as a known divergence`, () => {
        expect(report.calls).to.be.greaterThan(SEQUENCES * 10);
        expect(unexplainedText(subject, report)).to.equal('');
      });

      it('still meets every known divergence of its version (stale entries fail)', () => {
        const stale = [...report.known]
          .filter(([, t]) => t.direct + t.followOn === 0)
          .map(([id]) => id);
        expect(
          stale,
          'entries no difference matched: remove them or fix the generator',
        ).to.deep.equal([]);
      });
    });
  }

  describe('known-divergences.json', () => {
    it('cites anchors that exist in the reference', () => {
      expect(unresolvedRefs(catalogue, readFileSync(referenceFile, 'utf8'))).to.deep.equal([]);
    });

    const entry = {
      id: '12-example',
      version: '1.2',
      fns: ['SetValue'],
      ours: { error: '405' },
      peer: { error: '0' },
      ref: 'scorm-runtime.md#types-12',
      reason: 'an example class of difference',
    };
    const cases: [string, unknown, string][] = [
      ['a complete entry', { divergences: [entry] }, ''],
      ['an entry without ref', { divergences: [{ ...entry, ref: undefined }] }, 'ref'],
      [
        'a ref outside the reference',
        { divergences: [{ ...entry, ref: 'elsewhere.md#x' }] },
        'pattern',
      ],
      [
        'an unknown function',
        { divergences: [{ ...entry, fns: ['LMSSetValue'] }] },
        'allowed values',
      ],
      [
        'an agreeing entry without taints',
        { divergences: [{ ...entry, agreeing: true }] },
        'taints',
      ],
      ['an element that is no regex', { divergences: [{ ...entry, element: 'cmi.(' }] }, 'format'],
    ];
    for (const [what, document, problem] of cases) {
      it(`schema: ${what} ${problem ? `is refused (${problem})` : 'is accepted'}`, () => {
        const errors = validateCatalogue(document);
        if (problem) expect(errors).to.contain(problem);
        else expect(errors).to.equal('');
      });
    }
  });
});
