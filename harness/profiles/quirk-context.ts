/** What a quirk sees of a call and of the runtime under it (see profile-layer.ts). */
import type { CallKind } from './api-names.ts';
import type { ProfileVersion } from './types.ts';

export interface Call {
  kind: CallKind;
  /** The API function's name in the version, e.g. 'LMSSetValue'. */
  fn: string;
  /** The arguments as the content passed them, coerced to strings. */
  args: string[];
}

export interface Answer {
  result: string;
  error: string;
}

/** Asks the next quirk (or, last, the spec runtime); `args` replaces the call's arguments. */
export type Next = (args?: string[]) => Answer;

export type QuirkStep = (call: Call, next: Next) => Answer;

export interface QuirkContext {
  version: ProfileVersion;
  /** Virtual milliseconds since launch. */
  now(): number;
  state(): 'not-initialized' | 'running' | 'terminated';
  /** The runtime's current data model (element -> value). */
  snapshot(): Record<string, string>;
  /** A call to the runtime that the content does not see and the trace does not record. */
  call(kind: CallKind, args: string[]): Answer;
  /** The runtime's diagnostic for its last error. */
  diagnostic(): string;
  stall(ms: number): void;
  /**
   * Reports an answer the quirk changed. `spec` is what the spec would have answered; default the
   * runtime's answer to this call (when the quirk asked it).
   */
  deviate(answer: Answer, detail?: string, spec?: Answer): void;
}

export const SUCCESS: Answer = { result: 'true', error: '0' };

export const sameAnswer = (a: Answer, b: Answer): boolean =>
  a.result === b.result && a.error === b.error;
