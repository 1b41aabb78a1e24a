/**
 * Quirks about status: what the LMS does when the content reports none, or reports one it then
 * hides (scorm-runtime.md#lesson-status-12, #auto-completion).
 */
import { COMPLETION_ELEMENT, STATUS_ELEMENTS } from './api-names.ts';
import type { QuirkContext, QuirkStep } from './quirk-context.ts';
import type { AutoCompleteQuirk, EmptyStatusQuirk, StatusAtLaunchQuirk } from './types.ts';

export function autoComplete(quirk: AutoCompleteQuirk, ctx: QuirkContext): QuirkStep {
  const element = COMPLETION_ELEMENT[ctx.version];
  let statusSet = false;
  return (call, next) => {
    if (call.kind === 'setValue' && call.args[0] === element) {
      const answer = next();
      if (answer.error === '0') statusSet = true;
      return answer;
    }
    const trigger = call.kind === 'terminate' || (quirk.on === 'commit' && call.kind === 'commit');
    if (!trigger || statusSet || ctx.state() !== 'running') return next();
    const data = ctx.snapshot();
    // 1.2's own LMSFinish already turns an untouched status into `completed` (except in browse mode).
    if (
      ctx.version === '1.2' &&
      call.kind === 'terminate' &&
      data['cmi.core.lesson_mode'] !== 'browse'
    )
      return next();
    statusSet = true;
    const set = ctx.call('setValue', [element, 'completed']);
    const answer = next();
    if (set.error === '0')
      ctx.deviate(answer, `the content set no status: the LMS set ${element} to "completed"`);
    return answer;
  };
}

/** 1.2 only: the ADL 1.2 sample RTE's answer to an untouched status at LMSFinish. */
export function untouchedStatusIncomplete(ctx: QuirkContext): QuirkStep {
  const element = COMPLETION_ELEMENT['1.2'];
  return (call, next) => {
    if (ctx.version !== '1.2' || call.kind !== 'terminate' || ctx.state() !== 'running')
      return next();
    if (ctx.snapshot()[element] !== 'not attempted') return next();
    ctx.call('setValue', [element, 'incomplete']);
    const answer = next();
    ctx.deviate(
      answer,
      `${element} was never set: the LMS recorded "incomplete" where the spec says "completed"`,
    );
    return answer;
  };
}

export function statusAtLaunch(quirk: StatusAtLaunchQuirk, ctx: QuirkContext): QuirkStep {
  const success = quirk.value === 'passed' || quirk.value === 'failed';
  const element =
    ctx.version === '2004' && success ? 'cmi.success_status' : COMPLETION_ELEMENT[ctx.version];
  return (call, next) => {
    const answer = next();
    if (call.kind !== 'initialize' || answer.error !== '0' || answer.result !== 'true')
      return answer;
    const before = ctx.snapshot()[element] ?? '';
    if (before === quirk.value) return answer;
    const set = ctx.call('setValue', [element, quirk.value]);
    if (set.error === '0')
      ctx.deviate(answer, `the LMS set ${element} to "${quirk.value}" at launch (was "${before}")`);
    return answer;
  };
}

export function emptyStatus(quirk: EmptyStatusQuirk, ctx: QuirkContext): QuirkStep {
  const initial = STATUS_ELEMENTS[ctx.version];
  let committed = false;
  return (call, next) => {
    const answer = next();
    if (call.kind === 'commit' && answer.error === '0') committed = true;
    if (call.kind !== 'getValue' || answer.error !== '0' || answer.result === '') return answer;
    const unset = initial[call.args[0] ?? ''];
    if (unset === undefined) return answer;
    if (quirk.when === 'unset' ? answer.result !== unset : !committed) return answer;
    const changed = { result: '', error: '0' };
    ctx.deviate(
      changed,
      quirk.when === 'unset'
        ? `"" for a status still "${unset}"`
        : `"" for a status after a Commit (it holds "${answer.result}")`,
    );
    return changed;
  };
}
