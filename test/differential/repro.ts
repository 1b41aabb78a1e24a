// Shrinks an unexplained difference to a minimal repro: drops earlier calls one at a time while
// the last call still differs the same way, then prints the remaining calls as code.
import type { Call } from './generator.ts';
import { runSequence, type Outcome } from './runner.ts';
import type { Subject } from './subjects.ts';

const sameDifference = (a: Outcome, b: Outcome) =>
  a.ours.result === b.ours.result &&
  a.ours.error === b.ours.error &&
  a.peer.result === b.peer.result &&
  a.peer.error === b.peer.error;

function lastOutcome(subject: Subject, calls: Call[]): Outcome {
  return runSequence(subject.model, calls, subject.ours(), subject.peer()).at(-1) as Outcome;
}

export function shrink(subject: Subject, calls: Call[], at: number): Call[] {
  const target = lastOutcome(subject, calls.slice(0, at + 1));
  let kept = calls.slice(0, at + 1);
  for (let i = kept.length - 2; i >= 0; i--) {
    const candidate = [...kept.slice(0, i), ...kept.slice(i + 1)];
    if (sameDifference(lastOutcome(subject, candidate), target)) kept = candidate;
  }
  return kept;
}

const show = (value: unknown): string => {
  const long = typeof value === 'string' && value.length > 40 && /^(.)\1*$/s.test(value);
  const text = long ? `'${value[0]}'.repeat(${value.length})` : JSON.stringify(value);
  return text ?? 'undefined';
};

export function describeRepro(subject: Subject, calls: Call[], outcome: Outcome): string {
  const lines = calls.map((c) => `${subject.model.fns[c.fn]}(${c.args.map(show).join(', ')})`);
  return [
    ...lines,
    `  -> ours ${show(outcome.ours.result)} / ${outcome.ours.error}, scorm-again ${show(outcome.peer.result)} / ${outcome.peer.error}`,
  ].join('\n');
}
