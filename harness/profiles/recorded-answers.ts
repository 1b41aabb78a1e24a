/**
 * The replay quirk: answers one customer's LMS gave, played back on top of the spec runtime. What
 * the trace did not show (calls the customer's content never made) follows the spec.
 */
import {
  SUCCESS,
  sameAnswer,
  type Answer,
  type QuirkContext,
  type QuirkStep,
} from './quirk-context.ts';
import type { RecordedAnswersQuirk } from './types.ts';

const keyOf = (fn: string, args: readonly string[]) => JSON.stringify([fn, ...args]);

export function recordedAnswers(quirk: RecordedAnswersQuirk, ctx: QuirkContext): QuirkStep {
  const refusals = new Map(quirk.refused.map((r) => [keyOf(r.fn, r.args), r]));
  const setByContent = new Set<string>();
  let commits = 0;

  const replace = (recorded: Answer, spec: Answer, detail: string): Answer => {
    const answer = { result: recorded.result, error: recorded.error };
    if (!sameAnswer(answer, spec)) ctx.deviate(answer, detail, spec);
    return answer;
  };

  return (call, next) => {
    const element = call.args[0] ?? '';
    if (call.kind === 'commit') {
      const recorded = quirk.commits[commits++];
      if (!recorded || sameAnswer(recorded, SUCCESS) || ctx.state() !== 'running') return next();
      // A refused Commit persisted nothing, so the runtime is not asked.
      return replace(recorded, SUCCESS, `the customer's LMS answered Commit ${commits} so`);
    }
    const refusal = refusals.get(keyOf(call.fn, call.args));
    if (refusal) {
      if (call.kind === 'initialize' || call.kind === 'terminate') {
        const expected = call.kind === 'initialize' ? 'not-initialized' : 'running';
        if (ctx.state() !== expected) return next();
        return replace(refusal, SUCCESS, "the customer's LMS refused this call");
      }
      const before = ctx.snapshot()[element];
      const spec = next();
      // The spec runtime stored a value the customer's LMS refused: put the old one back.
      if (call.kind === 'setValue' && spec.error === '0' && before !== undefined)
        ctx.call('setValue', [element, before]);
      return replace(refusal, spec, "the customer's LMS refused this call");
    }
    if (call.kind === 'getValue' && !setByContent.has(element)) {
      const value = quirk.launchValues[element];
      if (value !== undefined)
        return replace(
          { result: value, error: '0' },
          next(),
          "the customer's LMS launched with this value",
        );
    }
    const answer = next();
    if (call.kind === 'setValue' && answer.error === '0') setByContent.add(element);
    return answer;
  };
}
