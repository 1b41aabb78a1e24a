/**
 * scorm-again's console log (logLevel 'DEBUG' or 'INFO'). Source: scorm-again 3.x as installed in
 * node_modules/scorm-again/dist/scorm-again.js: `formatMessage` pads the function name to 20
 * characters and the element to column 70, and BaseAPI logs each call as
 *   LMSInitialize       : returned: true
 *   LMSGetValue         : cmi.core.lesson_status                                : returned: incomplete
 *   LMSSetValue         : cmi.core.score.raw                                    : 85: result: true
 * An error is logged before the call's own line: `throwSCORMError     : <element> <code>: <text>`
 * (with a twin `SCORM Error <code>: ...` line) or `Validation Error <code>: ... [Element: ...]`.
 * GetErrorString and GetDiagnostic log only their result, not the code they were asked about.
 * Lines copied from the browser console may start with the script location (`scorm-again.js:25474`).
 */
import { API_FUNCTION_PATTERN, isApiFunction } from './api-names.ts';
import { LogCollector } from './log-collector.ts';
import { shareMatching } from './lines.ts';
import type { LogParser, ParsedLog } from './types.ts';

const LOCATION = /^\S+\.js:\d+(?::\d+)?\s+/;
const ENTRY = /^(\w+)\s*: ([\s\S]*)$/;
const GET = /^(\S+)\s*: returned: ([\s\S]*)$/;
const SET = /^(\S+)\s*: ([\s\S]*): result: (\S*)$/;
const RETURNED = /^returned: ([\s\S]*)$/;
const THROWN = /^\S+\s+(\d+): /;
const ERROR_LINE = /^(?:SCORM|Validation) Error (\d+): /;
const SNIFF = new RegExp(`^(?:\\S+\\.js:\\d+(?::\\d+)?\\s+)?(${API_FUNCTION_PATTERN})\\s+: `);

function parse(lines: readonly string[]): ParsedLog {
  const out = new LogCollector();
  let pendingError: string | undefined;
  lines.forEach((raw, i) => {
    const line = i + 1;
    const text = raw.replace(LOCATION, '').trimEnd();
    if (text.trim() === '') return;
    const errorLine = ERROR_LINE.exec(text);
    if (errorLine) {
      pendingError = errorLine[1];
      return out.ignore();
    }
    const entry = ENTRY.exec(text);
    if (!entry) return out.unread(line, text);
    const [, fn, rest] = entry as unknown as [string, string, string];
    if (fn === 'throwSCORMError') {
      pendingError = THROWN.exec(rest)?.[1] ?? pendingError;
      return out.ignore();
    }
    if (!isApiFunction(fn)) return out.ignore();
    // Commit's DEBUG line about its HTTP request precedes the call's own "returned" line.
    if (/^HttpRequest\s/.test(rest)) return out.ignore();
    const error = pendingError;
    pendingError = undefined;
    if (/GetValue$/.test(fn)) {
      const m = GET.exec(rest);
      if (!m) return out.skip(line, `cannot read the ${fn} line`);
      return out.call({ line, fn, args: [m[1]!], result: m[2]!, error });
    }
    if (/SetValue$/.test(fn)) {
      const m = SET.exec(rest);
      if (!m) return out.skip(line, `cannot read the ${fn} line`);
      return out.call({ line, fn, args: [m[1]!, m[2]!], result: m[3]!, error });
    }
    const m = RETURNED.exec(rest);
    if (!m) return out.skip(line, `cannot read the ${fn} line`);
    if (/GetErrorString$|GetDiagnostic$/.test(fn)) {
      out.note(`scorm-again does not log the argument of ${fn}: args left empty`);
      return out.call({ line, fn, args: [], result: m[1]! });
    }
    if (/GetLastError$/.test(fn)) return out.call({ line, fn, args: [], result: m[1]! });
    out.note(
      'scorm-again does not log the argument of Initialize, Terminate or Commit: recorded as ""',
    );
    out.call({ line, fn, args: [''], result: m[1]!, error });
  });
  return out.result();
}

export const scormAgainParser: LogParser = {
  format: 'scorm-again',
  sniff: (first) => (shareMatching(first, SNIFF) > 0 ? 0.9 : 0),
  parse,
};
