/**
 * Scorm2004Api: the LMS side of `API_1484_11` (scorm-runtime.md#api-2004), with the state machine
 * of #state-model-2004 and the data model interpreted by data-model-engine.ts.
 *
 * Argument coercion (scorm-runtime.md#argument-coercion): content may pass anything. A missing,
 * `undefined` or `null` argument counts as `""`; anything else goes through `String(x)`, so
 * `SetValue("cmi.score.raw", 85)` stores "85"; a value whose conversion throws becomes the
 * placeholder "[unconvertible]" (a non-empty string, so it is rejected as an argument or value
 * rather than silently accepted). The coerced strings are what the observer sees. No method
 * throws: an observer that throws is ignored so that content never sees an LMS exception.
 */
import { DataModelEngine } from './data-model-engine.ts';
import { sumDurations } from './duration.ts';
import { ErrorCode, errorStrings, isErrorCode, type ErrorCodeValue } from './error-codes.ts';
import { evaluatedCompletion, evaluatedSuccess, trackingOutcome } from './evaluation.ts';
import { launch, type LaunchState } from './launch.ts';
import { validateOptions, type Scorm2004Options } from './options.ts';
import type { ApiState, Clock, Edition, PersistedState, RuntimeEvent } from './types.ts';

const fixedClock: Clock = { now: () => 0 };
const maxMessage = 255;

function coerce(arg: unknown): string {
  if (arg === undefined || arg === null) return '';
  try {
    return String(arg);
  } catch {
    return '[unconvertible]';
  }
}

const copyState = (state: PersistedState): PersistedState => ({
  ...state,
  data: { ...state.data },
  ...(state.tracking && { tracking: { ...state.tracking } }),
});

export class Scorm2004Api {
  private phase: ApiState = 'not-initialized';
  private lastError: ErrorCodeValue = ErrorCode.noError;
  private lastDiagnostic = '';
  private readonly edition: Edition;
  private readonly clock: Clock;
  private readonly engine: DataModelEngine;
  private readonly start: LaunchState;
  private persisted: PersistedState;

  constructor(private readonly options: Scorm2004Options = {}) {
    validateOptions(options);
    this.edition = options.edition ?? '4th';
    this.clock = options.clock ?? fixedClock;
    this.engine = new DataModelEngine({
      edition: this.edition,
      strictSpm: options.strictSpm ?? false,
      sharedDataAccess: (index) => this.start.sharedData[index] ?? { read: true, write: true },
      evaluated: (path) => this.evaluated(path),
    });
    this.start = launch(this.engine, options, this.edition);
    this.engine.put('cmi.total_time', this.start.totalTime);
    this.persisted = this.capture(false);
  }

  Initialize(...args: unknown[]): string {
    return this.call('Initialize', args, ([parameter = '']) => {
      if (this.phase === 'terminated')
        return this.error(
          ErrorCode.contentInstanceTerminated,
          'Initialize after Terminate: this content instance has ended',
        );
      if (parameter !== '')
        return this.error(
          ErrorCode.generalArgumentError,
          `Initialize takes "" as its parameter, not "${parameter}"`,
        );
      if (this.phase === 'running')
        return this.error(ErrorCode.alreadyInitialized, 'Initialize was already called');
      this.phase = 'running';
      return this.ok('true');
    });
  }

  Terminate(...args: unknown[]): string {
    return this.call('Terminate', args, ([parameter = '']) => {
      if (this.phase === 'terminated')
        return this.error(ErrorCode.terminationAfterTermination, 'Terminate was already called');
      if (this.phase === 'not-initialized')
        return this.error(ErrorCode.terminationBeforeInitialization, 'Terminate before Initialize');
      if (parameter !== '')
        return this.error(
          ErrorCode.generalArgumentError,
          `Terminate takes "" as its parameter, not "${parameter}"`,
        );
      this.persist('terminate', true);
      this.phase = 'terminated';
      return this.ok('true');
    });
  }

  GetValue(...args: unknown[]): string {
    return this.call('GetValue', args, ([element = '']) => {
      if (this.phase === 'terminated')
        return this.error(
          ErrorCode.retrieveDataAfterTermination,
          `GetValue(${element}) after Terminate`,
          '',
        );
      if (element === '')
        return this.error(ErrorCode.generalGetFailure, 'GetValue needs an element name', '');
      if (this.phase === 'not-initialized')
        return this.error(
          ErrorCode.retrieveDataBeforeInitialization,
          `GetValue(${element}) before Initialize`,
          '',
        );
      const outcome = this.engine.get(element);
      return outcome.ok ? this.ok(outcome.value) : this.error(outcome.code, outcome.diagnostic, '');
    });
  }

  SetValue(...args: unknown[]): string {
    return this.call('SetValue', args, ([element = '', value = '']) => {
      if (this.phase === 'terminated')
        return this.error(
          ErrorCode.storeDataAfterTermination,
          `SetValue(${element}) after Terminate`,
        );
      if (this.phase === 'not-initialized')
        return this.error(
          ErrorCode.storeDataBeforeInitialization,
          `SetValue(${element}) before Initialize`,
        );
      const outcome = this.engine.set(element, value);
      return outcome.ok
        ? this.ok('true', outcome.note)
        : this.error(outcome.code, outcome.diagnostic);
    });
  }

  Commit(...args: unknown[]): string {
    return this.call('Commit', args, ([parameter = '']) => {
      if (this.phase === 'terminated')
        return this.error(ErrorCode.commitAfterTermination, 'Commit after Terminate');
      if (parameter !== '')
        return this.error(
          ErrorCode.generalArgumentError,
          `Commit takes "" as its parameter, not "${parameter}"`,
        );
      if (this.phase === 'not-initialized')
        return this.error(ErrorCode.commitBeforeInitialization, 'Commit before Initialize');
      this.persist('commit', false);
      return this.ok('true');
    });
  }

  GetLastError(...args: unknown[]): string {
    return this.call('GetLastError', args, () => this.lastError);
  }

  GetErrorString(...args: unknown[]): string {
    return this.call('GetErrorString', args, ([code = '']) =>
      isErrorCode(code) ? errorStrings[code] : '',
    );
  }

  /** `""` or the current error code: why the last call failed (or a note on its success). */
  GetDiagnostic(...args: unknown[]): string {
    return this.call('GetDiagnostic', args, ([code = '']) => {
      if (code === '' || code === this.lastError)
        return (this.lastDiagnostic || errorStrings[this.lastError]).slice(0, maxMessage);
      return isErrorCode(code) ? errorStrings[code] : '';
    });
  }

  /** The last state persisted by Commit or Terminate; before either, the launch state. */
  persistedState(): PersistedState {
    return copyState(this.persisted);
  }

  /** The current, uncommitted data model as the LMS reports it (statuses evaluated). */
  snapshot(): Record<string, string> {
    return this.currentData();
  }

  state(): ApiState {
    return this.phase;
  }

  private call(fn: string, rawArgs: unknown[], body: (args: string[]) => string): string {
    const args = rawArgs.map(coerce);
    const result = body(args);
    this.emit({ type: 'call', fn, args, result, error: this.lastError, t: this.clock.now() });
    return result;
  }

  private ok(result: string, note = ''): string {
    this.lastError = ErrorCode.noError;
    this.lastDiagnostic = note;
    return result;
  }

  private error(code: ErrorCodeValue, diagnostic: string, result = 'false'): string {
    this.lastError = code;
    this.lastDiagnostic = `${code} ${errorStrings[code]}: ${diagnostic}`;
    return result;
  }

  private emit(event: RuntimeEvent): void {
    try {
      this.options.observer?.(event);
    } catch {
      // The observer belongs to the harness; its failure must not surface in the content.
    }
  }

  private evaluated(path: string): string | undefined {
    const read = (p: string) => this.engine.stored(p);
    if (path === 'cmi.completion_status') return evaluatedCompletion(read);
    if (path === 'cmi.success_status') return evaluatedSuccess(read);
    return undefined;
  }

  private currentData(): Record<string, string> {
    const data = this.engine.entries();
    for (const path of ['cmi.completion_status', 'cmi.success_status']) {
      const value = this.evaluated(path);
      if (value !== undefined) data[path] = value;
    }
    return data;
  }

  /** The exit the LMS acts on: a pending suspendAll suspends unless the SCO logged out. */
  private effectiveExit(): string {
    const exit = this.engine.stored('cmi.exit') ?? '';
    return this.engine.stored('adl.nav.request') === 'suspendAll' && exit !== 'logout'
      ? 'suspend'
      : exit;
  }

  private capture(terminated: boolean): PersistedState {
    const data = this.currentData();
    const exit = this.effectiveExit();
    const sessionTime = this.engine.stored('cmi.session_time') ?? '';
    const totalTime =
      terminated && sessionTime !== ''
        ? sumDurations(this.start.totalTime, sessionTime)
        : this.start.totalTime;
    data['cmi.total_time'] = totalTime;
    if (exit !== '') data['cmi.exit'] = exit;
    const tracking = trackingOutcome({
      completionStatus: data['cmi.completion_status'] ?? 'unknown',
      successStatus: data['cmi.success_status'] ?? 'unknown',
      attemptEnded:
        terminated && exit !== 'suspend' && (this.options.mode ?? 'normal') === 'normal',
      completionSetByContent: this.options.completionSetByContent ?? false,
      objectiveSetByContent: this.options.objectiveSetByContent ?? false,
    });
    return {
      version: '2004',
      edition: this.edition,
      data,
      terminated,
      exit,
      sessionTime,
      totalTime,
      tracking,
    };
  }

  private persist(reason: 'commit' | 'terminate', terminated: boolean): void {
    this.persisted = this.capture(terminated);
    this.emit({ type: 'commit', reason, state: copyState(this.persisted), t: this.clock.now() });
  }
}
