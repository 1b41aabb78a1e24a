/**
 * Plain browser-console lines printed by SCORM wrappers and ad-hoc debug code:
 *   LMSSetValue('cmi.core.lesson_status','incomplete') returned 'true'
 *   API_1484_11.GetValue("cmi.location") returned: "p3"
 *   GetValue(cmi.completion_status) → "incomplete"          (imc Learning Suite, "++: " prefix)
 *   SCORM.data.get(cmi.core.lesson_status)  value: incomplete (pipwerks SCORM_API_wrapper.js)
 * Sources: pipwerks/scorm-api-wrapper src/JavaScript/SCORM_API_wrapper.js (the `trace` calls in
 * SCORM.data.get/set and connection.*), doc-en.scheer-imc.com/FAQsAndTroubleshootings/
 * scorm-wbt-communication-debug-info ("++: " lines). pipwerks logs a get's value, a failed call's
 * error code on the line after "… failed." and nothing for a successful set, initialize or commit;
 * a failed set is logged without its value, so it cannot become a call. Console timestamps
 * (Chrome's "Show timestamps", `10:23:45.123 `) are read when present.
 */
import { API_FUNCTION_PATTERN } from './api-names.ts';
import { LogCollector } from './log-collector.ts';
import { parseQuotedArgs, shareMatching } from './lines.ts';
import type { LogParser, ParsedLog } from './types.ts';

const TIMESTAMP = /^(\d{2}):(\d{2}):(\d{2})\.(\d{3})\s+/;
const CALL = new RegExp(
  `(?:^|[\\s:>])(?:(?:window\\.)?API(?:_1484_11)?\\.)?(${API_FUNCTION_PATTERN})\\s*\\((.*)\\)\\s*(?:returned:?|=>|->|→|=)\\s*([\\s\\S]*)$`,
);
const PIPWERKS_GET = /^SCORM\.data\.get\(([^)]*)\)\s+value:\s?([\s\S]*)$/;
const PIPWERKS_FAILED =
  /^SCORM\.(data\.get|data\.set|connection\.initialize|connection\.terminate)(?:\(([^)]*)\))? failed/;
const PIPWERKS_CODE = /^Error code: (\d+)\.?\s*$/;

/** Unquotes a printed value: 'x', "x", “x” or bare. */
function unquote(text: string): string {
  const s = text.trim();
  const m = /^(['"“])([\s\S]*)(['"”])$/.exec(s);
  return m ? m[2]! : s;
}

/** Arguments quoted as loggers print them, or bare (`GetValue(cmi.location)`). */
function readArgs(text: string): string[] {
  const quoted = parseQuotedArgs(text);
  if (quoted) return quoted;
  const s = text.trim();
  if (s === '') return [];
  const comma = s.indexOf(',');
  return comma === -1 ? [s] : [s.slice(0, comma).trim(), s.slice(comma + 1).trim()];
}

interface Failure {
  what: string;
  element: string | undefined;
  line: number;
  code?: string;
}

function parse(lines: readonly string[]): ParsedLog {
  const out = new LogCollector();
  let failure: Failure | undefined;
  let at: number | undefined;
  lines.forEach((raw, i) => {
    const line = i + 1;
    let text = raw.trim();
    if (text === '') return;
    const stamp = TIMESTAMP.exec(text);
    if (stamp) {
      const [h, m, s, ms] = stamp.slice(1).map(Number) as [number, number, number, number];
      at = ((h * 60 + m) * 60 + s) * 1000 + ms;
      text = text.slice(stamp[0].length);
    }
    text = text.replace(/^\+\+:\s*/, '');
    const code = PIPWERKS_CODE.exec(text);
    if (code && failure) {
      failure.code = code[1]!;
      if (failure.what !== 'data.get') {
        const missing = failure.what === 'data.set' ? 'its value' : "the call's result";
        out.skip(
          failure.line,
          `pipwerks logged a failed ${failure.what} (error ${failure.code}) without ${missing}`,
        );
        failure = undefined;
      }
      return;
    }
    const failed = PIPWERKS_FAILED.exec(text);
    if (failed) {
      failure = { what: failed[1]!, element: failed[2], line };
      return;
    }
    const get = PIPWERKS_GET.exec(text);
    if (get) {
      const [, element, value] = get as unknown as [string, string, string];
      const error =
        failure?.what === 'data.get' && failure.element === element ? failure.code : undefined;
      failure = undefined;
      // "null" is pipwerks printing a value it never asked the LMS for (no API or no connection).
      if (value === 'null') return out.ignore();
      const fn = /^cmi\.(core|student_data|student_preference)\./.test(element)
        ? 'LMSGetValue'
        : 'GetValue';
      out.note(
        'pipwerks names no API function: LMSGetValue or GetValue chosen from the element name',
      );
      return out.call({ line, fn, args: [element], result: value, error, at });
    }
    const call = CALL.exec(text);
    if (call)
      return out.call({
        line,
        fn: call[1]!,
        args: readArgs(call[2]!),
        result: unquote(call[3]!),
        at,
      });
    out.unread(line, text, 'shows an API call without its return value');
  });
  return out.result();
}

export const consoleParser: LogParser = {
  format: 'console',
  sniff: (first) => {
    const share = Math.max(
      shareMatching(first, CALL),
      shareMatching(first, /SCORM\.data\.(get|set)\(/),
    );
    return share > 0 ? 0.5 + 0.3 * share : 0;
  },
  parse,
};
