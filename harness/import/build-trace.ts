/**
 * Turns what a parser read out of a foreign log into a trace. A log never holds everything a trace
 * records, so each missing field is derived the most honest way available and every derivation is
 * written down as a note: the trace schema has no field for them, so they travel in the report.
 */
import { createRequire } from 'node:module';
import { HarnessError } from '../errors.ts';
import { TRACE_SCHEMA_VERSION } from '../trace/types.ts';
import type { ApiEvent, ScormVersion, Trace } from '../trace/types.ts';
import { parseTrace } from '../trace/validate.ts';
import {
  isGetLastError,
  isSupportFunction,
  isTerminateFunction,
  returnsBoolean,
  versionOfFunction,
} from './api-names.ts';
import type { ImportFormat, ParsedCall, ParsedLog } from './types.ts';

const { version: HARNESS_VERSION } = createRequire(import.meta.url)('../../package.json') as {
  version: string;
};

/** Written when the log has no date: the schema wants a date-time and this one says "unknown". */
const UNKNOWN_START = '1970-01-01T00:00:00.000Z';

export interface BuildContext {
  format: Exclude<ImportFormat, 'native'>;
  /** The log's file, or undefined for text given directly. */
  file?: string;
  /** Package name when nothing in the log names it. */
  fallbackPackage: string;
}

function decideVersion(log: ParsedLog, notes: string[], file?: string): ScormVersion {
  if (log.hints.version) return log.hints.version;
  const votes = { '1.2': 0, '2004': 0 };
  for (const call of log.calls) {
    const v = versionOfFunction(call.fn);
    if (v) votes[v] += 1;
  }
  if (votes['1.2'] === 0 && votes['2004'] === 0) {
    throw new HarnessError({
      code: 'IMPORT_FAILED',
      file,
      line: log.calls[0]?.line ?? 1,
      message: 'no SCORM API function names in the log, so its SCORM version is unknown',
      hint: 'check that the log holds API calls (LMSSetValue, SetValue, ...)',
    });
  }
  const version = votes['1.2'] >= votes['2004'] ? '1.2' : '2004';
  const mixed = votes['1.2'] > 0 && votes['2004'] > 0 ? ' (the log mixes both families)' : '';
  notes.push(`version ${version} inferred from the API function names${mixed}`);
  return version;
}

/**
 * Error codes: the log's own when it states them; else the result of a GetLastError that follows
 * the call; else "0" for a call whose result shows success (every non-support call resets the error
 * to 0 on success, scorm-runtime.md#api-12); else "" for unknown. Support calls keep the error state.
 */
function deriveErrors(calls: readonly ParsedCall[], notes: string[]): string[] {
  const errors: string[] = [];
  let state = '0';
  let fromGetLastError = 0;
  let fromSuccess = 0;
  let unknown = 0;
  calls.forEach((call, i) => {
    let error = call.error;
    if (isSupportFunction(call.fn)) {
      error ??= state;
    } else if (error === undefined) {
      const next = calls[i + 1];
      if (next && isGetLastError(next.fn) && /^\d+$/.test(next.result)) {
        error = next.result;
        fromGetLastError += 1;
      } else if (returnsBoolean(call.fn) ? call.result === 'true' : call.result !== '') {
        error = '0';
        fromSuccess += 1;
      } else {
        error = '';
        unknown += 1;
      }
    }
    if (!isSupportFunction(call.fn)) state = error;
    errors.push(error);
  });
  if (fromGetLastError)
    notes.push(`${fromGetLastError} error codes taken from the GetLastError call that follows`);
  if (fromSuccess)
    notes.push(`${fromSuccess} error codes set to "0" because the call's result shows success`);
  if (unknown)
    notes.push(
      `${unknown} error codes unknown (the log neither states them nor shows a GetLastError): left ""`,
    );
  return errors;
}

/**
 * Virtual time: ms since the log's first timestamp (its start line when it has one, else the first
 * call); calls without a timestamp keep the last t.
 */
function deriveTimes(log: ParsedLog, notes: string[]): number[] {
  const origin = log.hints.started ?? log.calls.find((c) => c.at !== undefined)?.at;
  if (origin === undefined) {
    notes.push('the log has no timestamps: every event has t = 0');
    return log.calls.map(() => 0);
  }
  let t = 0;
  return log.calls.map((c) => (t = c.at === undefined ? t : Math.max(t, c.at - origin)));
}

/** The learner, when the content read it: cmi.core.student_id/name (1.2) or cmi.learner_id/name. */
function learnerOf(events: readonly ApiEvent[]): { id: string; name: string } {
  const read = (elements: string[]): string =>
    events.find(
      (e) => /GetValue$/.test(e.fn) && elements.includes(e.args[0] ?? '') && e.error === '0',
    )?.result ?? '';
  return {
    id: read(['cmi.core.student_id', 'cmi.learner_id']),
    name: read(['cmi.core.student_name', 'cmi.learner_name']),
  };
}

export function buildTrace(
  log: ParsedLog,
  context: BuildContext,
): { trace: Trace; notes: string[] } {
  const notes = [...log.notes];
  const version = decideVersion(log, notes, context.file);
  const errors = deriveErrors(log.calls, notes);
  const times = deriveTimes(log, notes);
  const events: ApiEvent[] = log.calls.map((call, i) => ({
    seq: i,
    t: times[i]!,
    type: 'api',
    fn: call.fn,
    args: call.args,
    result: call.result,
    error: errors[i]!,
  }));
  const learner = learnerOf(events);
  if (!learner.id) notes.push('learner id not read by the content: left ""');
  if (version === '2004')
    notes.push('SCORM 2004 edition not stated by the log: meta.edition left out');
  notes.push('launch mode not stated by the log: meta.launchMode set to "frameset"');
  if (!log.hints.package) notes.push(`package not named by the log: "${context.fallbackPackage}"`);
  if (!log.hints.sco) notes.push('SCO not named by the log: "unknown"');
  if (log.hints.started === undefined)
    notes.push(`start date not in the log: meta.started ${UNKNOWN_START}`);
  const terminated = events.some((e) => isTerminateFunction(e.fn) && e.result === 'true');
  if (!terminated)
    notes.push('the log shows no successful Terminate/LMSFinish: final.ended "closed"');
  notes.push('the log does not show what the LMS persisted: no commit events, final.state null');

  const trace: Trace = {
    schemaVersion: TRACE_SCHEMA_VERSION,
    meta: {
      package: log.hints.package ?? context.fallbackPackage,
      sco: log.hints.sco ?? 'unknown',
      version,
      launchMode: 'frameset',
      learner,
      profile: `imported:${context.format}`,
      harnessVersion: HARNESS_VERSION,
      started:
        log.hints.started === undefined ? UNKNOWN_START : new Date(log.hints.started).toISOString(),
    },
    events,
    final: {
      ended: terminated ? 'terminated' : 'closed',
      t: times.at(-1) ?? 0,
      state: null,
      commits: 0,
    },
  };
  return { trace: parseTrace(trace, context.file), notes };
}
