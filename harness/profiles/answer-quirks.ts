/**
 * Quirks that change how the LMS answers calls: limits, commit failures, error codes, re-initialize,
 * slowness, strict SPMs (scorm-runtime.md#harness-defaults, #commit-persistence).
 */
import { SUCCESS, sameAnswer, type QuirkContext, type QuirkStep } from './quirk-context.ts';
import type {
  CommitFailureQuirk,
  ErrorCodeQuirk,
  OtherVersionElementsQuirk,
  SlowCallsQuirk,
  SuspendDataLimitQuirk,
} from './types.ts';

/** 1.2 cmi.suspend_data is CMIString4096 (scorm-runtime.md#cmi-suspend-data). */
const SPEC_LIMIT_12 = 4096;

export function suspendDataLimit(quirk: SuspendDataLimitQuirk, ctx: QuirkContext): QuirkStep {
  return (call, next) => {
    const value = call.args[1] ?? '';
    if (call.kind !== 'setValue' || call.args[0] !== 'cmi.suspend_data') return next();
    if (value.length <= quirk.length || ctx.state() !== 'running') return next();
    // 2004's SPM is a minimum the LMS must keep; the spec default accepts longer values.
    const spec =
      ctx.version === '1.2' && value.length > SPEC_LIMIT_12
        ? { result: 'false', error: '405' }
        : SUCCESS;
    if (quirk.over === 'reject') {
      const answer = { result: 'false', error: ctx.version === '1.2' ? '405' : '406' };
      if (!sameAnswer(answer, spec))
        ctx.deviate(answer, `${value.length} characters refused (limit ${quirk.length})`, spec);
      return answer;
    }
    const answer = next([call.args[0], value.slice(0, quirk.length)]);
    if (answer.error === '0')
      ctx.deviate(answer, `kept the first ${quirk.length} of ${value.length} characters`, spec);
    return answer;
  };
}

export function commitFailure(quirk: CommitFailureQuirk, ctx: QuirkContext): QuirkStep {
  let count = 0;
  return (call, next) => {
    if (call.kind !== 'commit' || ctx.state() !== 'running' || (call.args[0] ?? '') !== '')
      return next();
    count += 1;
    const fails =
      (quirk.every !== undefined && count % quirk.every === 0) ||
      (quirk.after !== undefined && ctx.now() >= quirk.after);
    if (!fails) return next();
    const answer = {
      result: quirk.result ?? 'false',
      error: quirk.error ?? (ctx.version === '1.2' ? '101' : '391'),
    };
    ctx.deviate(answer, `Commit ${count} refused: nothing was persisted`, SUCCESS);
    return answer;
  };
}

/** Element names only the other version has (scorm-runtime.md#not-in-12, #data-model-2004). */
const ONLY_12 = /^cmi\.(core\.|student_data\.|student_preference\.|comments$)/;
const ONLY_2004 =
  /^(adl\.|cmi\.(completion_status|success_status|score\.|exit|session_time|total_time|location|learner_|mode|credit|entry|progress_measure|scaled_passing_score|completion_threshold|max_time_allowed|time_limit_action|comments_from_l))/;

export function otherVersionElements(
  quirk: OtherVersionElementsQuirk,
  ctx: QuirkContext,
): QuirkStep {
  const other = ctx.version === '1.2' ? ONLY_2004 : ONLY_12;
  return (call, next) => {
    const answer = next();
    if (call.kind !== 'getValue' && call.kind !== 'setValue') return answer;
    if (answer.error === '0' || answer.error === quirk.error) return answer;
    if (!other.test(call.args[0] ?? '')) return answer;
    const changed = { result: answer.result, error: quirk.error };
    ctx.deviate(
      changed,
      `${call.args[0]} is a SCORM ${ctx.version === '1.2' ? '2004' : '1.2'} name`,
    );
    return changed;
  };
}

export function errorCode(quirk: ErrorCodeQuirk, ctx: QuirkContext): QuirkStep {
  return (call, next) => {
    const answer = next();
    if (answer.error !== quirk.from || (quirk.fns && !quirk.fns.includes(call.fn))) return answer;
    const changed = { result: answer.result, error: quirk.to };
    ctx.deviate(changed, `error ${quirk.from} answered as ${quirk.to}`);
    return changed;
  };
}

/** 1.2: what the ADL 1.2 sample RTE and Moodle do (scorm-runtime.md#unconfirmed, item 3). */
export function reinitialize(ctx: QuirkContext): QuirkStep {
  return (call, next) => {
    if (ctx.version !== '1.2' || call.kind !== 'initialize' || ctx.state() !== 'terminated')
      return next();
    if ((call.args[0] ?? '') !== '') return next();
    next();
    ctx.deviate(SUCCESS, 'LMSInitialize after LMSFinish accepted; data calls still answer 301');
    return SUCCESS;
  };
}

export function slowCalls(quirk: SlowCallsQuirk, ctx: QuirkContext): QuirkStep {
  return (call, next) => {
    if (quirk.fns && !quirk.fns.includes(call.fn)) return next();
    ctx.stall(quirk.ms);
    const answer = next();
    ctx.deviate(answer, `answered after ${quirk.ms} ms`);
    return answer;
  };
}

/**
 * 2004: the runtime itself refuses beyond-SPM values when the layer sets its strictSpm option;
 * this step only reports those refusals, which the spec default would have accepted.
 */
export function strictSpm(ctx: QuirkContext): QuirkStep {
  return (call, next) => {
    const answer = next();
    if (ctx.version !== '2004' || call.kind !== 'setValue') return answer;
    if (answer.error !== '406' && answer.error !== '351') return answer;
    if (!ctx.diagnostic().includes('strict SPM')) return answer;
    ctx.deviate(answer, 'beyond its SPM: refused where the spec default accepts it', SUCCESS);
    return answer;
  };
}
