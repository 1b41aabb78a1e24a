// Runs the generated corpus of one version through both runtimes and sums up the verdicts.
import { classify, type Divergence } from './divergences.ts';
import { generateSequences, type Call } from './generator.ts';
import { runSequence, type Outcome } from './runner.ts';
import type { Subject } from './subjects.ts';

export interface Unexplained {
  sequence: number;
  calls: Call[];
  /** Index in `calls` of the differing call. */
  at: number;
  outcome: Outcome;
}

export interface DifferentialReport {
  version: string;
  sequences: number;
  calls: number;
  agree: number;
  /** Differing calls per catalogue entry id, direct matches and follow-ons. */
  known: Map<string, { direct: number; followOn: number }>;
  unexplained: Unexplained[];
  /** Differing calls that follow from an unexplained difference earlier in their sequence. */
  afterUnexplained: number;
}

export function runDifferential(
  subject: Subject,
  catalogue: Divergence[],
  sequences: number,
): DifferentialReport {
  const { model } = subject;
  const report: DifferentialReport = {
    version: model.version,
    sequences,
    calls: 0,
    agree: 0,
    known: new Map(
      catalogue
        .filter((d) => d.version === model.version)
        .map((d) => [d.id, { direct: 0, followOn: 0 }]),
    ),
    unexplained: [],
    afterUnexplained: 0,
  };
  generateSequences(model, subject.seed, sequences).forEach((calls, sequence) => {
    const outcomes = runSequence(model, calls, subject.ours(), subject.peer());
    classify(catalogue, model.version, outcomes).forEach((verdict, at) => {
      report.calls++;
      if (verdict.type === 'agree') report.agree++;
      else if (verdict.type === 'unexplained') {
        report.unexplained.push({ sequence, calls, at, outcome: outcomes[at] as Outcome });
      } else if (verdict.id === null) report.afterUnexplained++;
      else {
        const tally = report.known.get(verdict.id) ?? { direct: 0, followOn: 0 };
        if (verdict.type === 'known') tally.direct++;
        else tally.followOn++;
        report.known.set(verdict.id, tally);
      }
    });
  });
  return report;
}

export function knownCount(report: DifferentialReport): number {
  let total = 0;
  for (const { direct, followOn } of report.known.values()) total += direct + followOn;
  return total;
}
