/**
 * The LMS side of the SCORM 1.2 API (ref: scorm-runtime.md#api-12): the eight functions, the state
 * machine with its error codes, persistence on LMSCommit/LMSFinish and the LMS's evaluation at
 * LMSFinish. The data model itself lives in the CmiStore engine.
 *
 * States (ref: #state-model-12): not-initialized -> running -> terminated. Data calls before
 * LMSInitialize and after LMSFinish are 301 (the ADL 1.2 sample RTE and Moodle); LMSInitialize
 * after LMSFinish is "false"/101 (the reference's default; a relaunch is a new Scorm12Api). For
 * LMSInitialize, LMSFinish and LMSCommit a non-"" argument (201) is checked before the state, as
 * Moodle's 1.2 API does. Every function takes any arguments (see coercion.ts) and never throws;
 * the eight are bound properties so that content may also call them detached from the object.
 */
import { coerceArgument, UNCONVERTIBLE } from './coercion.ts';
import type { ApiState, Clock, PersistedState, RuntimeEvent, RuntimeObserver } from './contract.ts';
import { CmiStore } from './cmi-store.ts';
import { errorString, Scorm12Error, type Scorm12ErrorCode } from './error-codes.ts';
import { launchStore } from './launch-state.ts';
import { evaluateLessonStatus } from './lesson-status.ts';
import type { Scorm12Options } from './options.ts';
import { addTimespans } from './timespan.ts';

interface Outcome {
  result: string;
  error: Scorm12ErrorCode;
  diagnostic: string;
}

/** GetErrorString and GetDiagnostic answer at most 255 characters (ref: #api-12). */
const MAX_TEXT = 255;

const FIXED_CLOCK: Clock = { now: () => 0 };

const success = (result: string): Outcome => ({
  result,
  error: Scorm12Error.NoError,
  diagnostic: '',
});
const failure = (result: string, error: Scorm12ErrorCode, diagnostic: string): Outcome => ({
  result,
  error,
  diagnostic,
});
const quote = (text: string) => JSON.stringify(text.length > 40 ? text.slice(0, 40) + '…' : text);

export class Scorm12Api {
  private readonly store: CmiStore;
  private readonly clock: Clock;
  private readonly observer: RuntimeObserver | undefined;
  private current: ApiState = 'not-initialized';
  private lastError: Scorm12ErrorCode = Scorm12Error.NoError;
  private lastDiagnostic = '';
  private persisted: PersistedState;

  constructor(options: Scorm12Options = {}) {
    if (typeof options !== 'object' || options === null) {
      throw new TypeError('Scorm12Api options: expected an object');
    }
    if (options.clock !== undefined && typeof options.clock?.now !== 'function') {
      throw new TypeError('Scorm12Api option clock: expected an object with a now() method');
    }
    if (options.observer !== undefined && typeof options.observer !== 'function') {
      throw new TypeError('Scorm12Api option observer: expected a function');
    }
    this.clock = options.clock ?? FIXED_CLOCK;
    this.observer = options.observer;
    this.store = launchStore(options);
    this.persisted = this.capture(false);
  }

  readonly LMSInitialize = (...args: unknown[]): string =>
    this.runCall('LMSInitialize', args, 1, 'false', ([param = '']) => {
      if (param !== '') return this.badParameter('LMSInitialize', param);
      if (this.current === 'running') {
        return failure(
          'false',
          Scorm12Error.GeneralException,
          'LMSInitialize was already called in this session',
        );
      }
      if (this.current === 'terminated') {
        return failure(
          'false',
          Scorm12Error.GeneralException,
          'LMSFinish has ended this session; a relaunch needs a new API instance',
        );
      }
      this.current = 'running';
      return success('true');
    });

  readonly LMSFinish = (...args: unknown[]): string =>
    this.runCall('LMSFinish', args, 1, 'false', ([param = '']) => {
      if (param !== '') return this.badParameter('LMSFinish', param);
      if (this.current !== 'running') return this.notRunning('LMSFinish', 'false');
      this.evaluateAtFinish();
      this.current = 'terminated';
      this.persist('terminate');
      return success('true');
    });

  readonly LMSGetValue = (...args: unknown[]): string =>
    this.runCall('LMSGetValue', args, 1, '', ([element = '']) => {
      if (this.current !== 'running') return this.notRunning('LMSGetValue', '');
      const read = this.store.get(element);
      return read.ok ? success(read.value) : failure('', read.code, read.diagnostic);
    });

  readonly LMSSetValue = (...args: unknown[]): string =>
    this.runCall('LMSSetValue', args, 2, 'false', ([element = '', value = '']) => {
      if (this.current !== 'running') return this.notRunning('LMSSetValue', 'false');
      const written = this.store.set(element, value);
      return written.ok ? success('true') : failure('false', written.code, written.diagnostic);
    });

  readonly LMSCommit = (...args: unknown[]): string =>
    this.runCall('LMSCommit', args, 1, 'false', ([param = '']) => {
      if (param !== '') return this.badParameter('LMSCommit', param);
      if (this.current !== 'running') return this.notRunning('LMSCommit', 'false');
      this.persist('commit');
      return success('true');
    });

  readonly LMSGetLastError = (...args: unknown[]): string =>
    this.runSupport('LMSGetLastError', args, 0, () => this.lastError);

  readonly LMSGetErrorString = (...args: unknown[]): string =>
    this.runSupport('LMSGetErrorString', args, 1, ([code = '']) => errorString(code));

  /** With "" or the last error's code: what exactly went wrong; with another code: its string. */
  readonly LMSGetDiagnostic = (...args: unknown[]): string =>
    this.runSupport('LMSGetDiagnostic', args, 1, ([requested = '']) => {
      const code = requested === '' ? this.lastError : requested;
      const text =
        code === this.lastError && this.lastDiagnostic ? this.lastDiagnostic : errorString(code);
      return text.length > MAX_TEXT ? text.slice(0, MAX_TEXT - 1) + '…' : text;
    });

  /** The state last persisted by LMSCommit/LMSFinish; before either, the launch state. */
  persistedState(): PersistedState {
    return { ...this.persisted, data: { ...this.persisted.data } };
  }

  /** The current, possibly uncommitted, data model: element path -> value. */
  snapshot(): Record<string, string> {
    return this.store.entries();
  }

  state(): ApiState {
    return this.current;
  }

  /** LMSFinish's LMS-side work: status evaluation and total time (ref: #lesson-status-12, #session-time). */
  private evaluateAtFinish(): void {
    const read = (name: string) => this.store.read(name) ?? '';
    const { status } = evaluateLessonStatus({
      status: read('cmi.core.lesson_status'),
      credit: read('cmi.core.credit'),
      mode: read('cmi.core.lesson_mode'),
      masteryScore: read('cmi.student_data.mastery_score'),
      raw: read('cmi.core.score.raw'),
    });
    this.store.write('cmi.core.lesson_status', status);
    const total = addTimespans(read('cmi.core.total_time'), read('cmi.core.session_time'));
    this.store.write('cmi.core.total_time', total);
  }

  private persist(reason: 'commit' | 'terminate'): void {
    this.persisted = this.capture(reason === 'terminate');
    this.emit({ type: 'commit', reason, state: this.persistedState(), t: this.clock.now() });
  }

  private capture(terminated: boolean): PersistedState {
    return {
      version: '1.2',
      data: this.store.entries(),
      terminated,
      exit: this.store.read('cmi.core.exit') ?? '',
      sessionTime: this.store.read('cmi.core.session_time') ?? '',
      totalTime: this.store.read('cmi.core.total_time') ?? '',
    };
  }

  private badParameter(fn: string, param: string): Outcome {
    return failure(
      'false',
      Scorm12Error.InvalidArgument,
      `${fn}'s argument must be "" (it is reserved); got ${quote(param)}`,
    );
  }

  private notRunning(fn: string, result: string): Outcome {
    const when =
      this.current === 'terminated' ? 'after LMSFinish ended the session' : 'before LMSInitialize';
    return failure(result, Scorm12Error.NotInitialized, `${fn} was called ${when}`);
  }

  /** A call that sets the error state: its outcome becomes GetLastError's code and the diagnostic. */
  private runCall(
    fn: string,
    args: unknown[],
    arity: number,
    failed: string,
    body: (params: string[]) => Outcome,
  ): string {
    const params = this.params(args, arity);
    let outcome: Outcome;
    if (params === undefined) {
      outcome = failure(
        failed,
        Scorm12Error.InvalidArgument,
        `${fn}: an argument could not be converted to a string`,
      );
    } else {
      try {
        outcome = body(params);
      } catch (error) {
        const why = error instanceof Error ? error.message : String(error);
        outcome = failure(
          failed,
          Scorm12Error.GeneralException,
          `${fn} failed inside the LMS: ${why}`,
        );
      }
    }
    this.lastError = outcome.error;
    this.lastDiagnostic = outcome.diagnostic;
    this.emitCall(fn, args, outcome.result);
    return outcome.result;
  }

  /** GetLastError/GetErrorString/GetDiagnostic: they never change the error state. */
  private runSupport(
    fn: string,
    args: unknown[],
    arity: number,
    body: (params: string[]) => string,
  ): string {
    const params = this.params(args, arity);
    const result = params === undefined ? '' : body(params);
    this.emitCall(fn, args, result);
    return result;
  }

  /** The first `arity` arguments as strings ("" when missing), or undefined if one cannot be converted. */
  private params(args: unknown[], arity: number): string[] | undefined {
    const params: string[] = [];
    for (let i = 0; i < arity; i++) {
      const text = coerceArgument(args[i]);
      if (text === undefined) return undefined;
      params.push(text);
    }
    return params;
  }

  private emitCall(fn: string, args: unknown[], result: string): void {
    const recorded = args.map((arg) => coerceArgument(arg) ?? UNCONVERTIBLE);
    this.emit({
      type: 'call',
      fn,
      args: recorded,
      result,
      error: this.lastError,
      t: this.clock.now(),
    });
  }

  private emit(event: RuntimeEvent): void {
    if (!this.observer) return;
    try {
      this.observer(event);
    } catch {
      // The observer is the harness's; its failure must not change what the content sees.
    }
  }
}
