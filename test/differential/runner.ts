// Runs one call sequence against two API objects side by side and records, per call, the
// returned string and the error code GetLastError gives right after it.
import type { Call } from './generator.ts';
import type { VersionModel } from './model.ts';
import type { ApiObject } from './peer.ts';

export interface Answer {
  result: string;
  error: string;
}

export interface Outcome {
  call: Call;
  /** Our runtime's state before the call. */
  phase: string;
  ours: Answer;
  peer: Answer;
}

/**
 * Makes answers comparable where SCORM leaves the text to the implementation: error strings are
 * compared only as present or empty (reference §1.1, §1.2), diagnostics not at all, and
 * `_children` lists as sets ("any order", reference §6.1, §7.1).
 */
function normalize(call: Call, result: string): string {
  if (call.fn === 'GetErrorString') return result === '' ? '' : '<text>';
  if (call.fn === 'GetDiagnostic') return '<diagnostic>';
  if (call.fn === 'GetValue' && call.element?.endsWith('._children')) {
    return result.split(',').sort().join(',');
  }
  return result;
}

function invoke(api: ApiObject, name: string, args: unknown[]): string {
  const fn = api[name];
  if (typeof fn !== 'function') return `<missing ${name}>`;
  try {
    const result: unknown = fn.apply(api, args);
    return typeof result === 'string' ? result : `<${typeof result} ${String(result)}>`;
  } catch (error) {
    return `<threw ${error instanceof Error ? error.message : String(error)}>`;
  }
}

function answer(model: VersionModel, api: ApiObject, call: Call): Answer {
  const result = normalize(call, invoke(api, model.fns[call.fn], call.args));
  return { result, error: invoke(api, model.fns.GetLastError, []) };
}

export function runSequence(
  model: VersionModel,
  calls: readonly Call[],
  ours: ApiObject & { state(): string },
  peer: ApiObject,
): Outcome[] {
  return calls.map((call) => {
    const phase = ours.state();
    return { call, phase, ours: answer(model, ours, call), peer: answer(model, peer, call) };
  });
}

export const agrees = (o: Outcome): boolean =>
  o.ours.result === o.peer.result && o.ours.error === o.peer.error;
