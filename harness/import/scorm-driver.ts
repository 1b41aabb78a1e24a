/**
 * Rustici SCORM Driver debug log (`scormdriver.js`, shipped in Storyline, Rise and Captivate
 * exports; shown by ShowDebugWindow). WriteToDebug prints `<n>:<Date.toString()> - <message>`, e.g.
 *   12:Mon Jan 15 2024 10:23:45 GMT+0100 (Central European Standard Time) - strResult=true
 * Source: scormdriver.js copies in public repositories, e.g. GSA/CFO.gov
 * lms/Lesson5/Linear/Grants101_M5_L3_v1_SCORM1.2/scormdriver.js (driver 6.0.0) and
 * inrialearninglab/ai4t .../scormdriver/scormdriver.js (driver 7.7.0): SCORM_CallLMSSetValue,
 * SCORM2004_CallGetValue, SCORM_SetErrorInfo and their messages. A call is read from its opening
 * message ("SCORM_CallLMSSetValue strElement=…, strValue=…", "In SCORM2004_CallGetValue
 * strElement=…", "In SCORM_CallLMSCommit", …) and completed by the next "strResult=" line; the
 * driver's own GetLastError / GetErrorString / GetDiagnostic calls show as "intSCORMError=…",
 * "strSCORMErrorString=…" and "strSCORMErrorDiagnostic=…" (2004: intSCORM2004Error, …).
 * Date.toString has whole seconds only, so times are to the second.
 */
import { LogCollector } from './log-collector.ts';
import { shareMatching } from './lines.ts';
import type { LogParser, ParsedCall, ParsedLog } from './types.ts';

const ENTRY =
  /^(\d+):(\w{3} \w{3} \d{1,2} \d{4} \d{2}:\d{2}:\d{2} GMT[+-]\d{4})(?: \([^)]*\))? - ([\s\S]*)$/;

type Opening = (m: RegExpExecArray) => { fn: string; args: string[] };

/** Messages that open a call, for 1.2 (SCORM_*) and 2004 (SCORM2004_*). */
const OPENINGS: [RegExp, Opening][] = [
  [/^In SCORM_CallLMSInitialize$/, () => ({ fn: 'LMSInitialize', args: [''] })],
  [/^In SCORM2004_CallInitialize$/, () => ({ fn: 'Initialize', args: [''] })],
  [
    /^SCORM_CallLMSSetValue strElement=(\S*), strValue=([\s\S]*)$/,
    (m) => ({ fn: 'LMSSetValue', args: [m[1]!, m[2]!] }),
  ],
  [
    /^SCORM2004_CallSetValue strElement=(\S*), strValue=([\s\S]*)$/,
    (m) => ({ fn: 'SetValue', args: [m[1]!, m[2]!] }),
  ],
  [/^In SCORM_CallLMSGetValue strElement=(\S*)$/, (m) => ({ fn: 'LMSGetValue', args: [m[1]!] })],
  [/^In SCORM2004_CallGetValue strElement=(\S*)$/, (m) => ({ fn: 'GetValue', args: [m[1]!] })],
  [/^In SCORM_CallLMSCommit$/, () => ({ fn: 'LMSCommit', args: [''] })],
  [/^In SCORM2004_CallCommit$/, () => ({ fn: 'Commit', args: [''] })],
  [/^In SCORM_CallLMSFinish$/, () => ({ fn: 'LMSFinish', args: [''] })],
  [/^In SCORM2004_CallTerminate$/, () => ({ fn: 'Terminate', args: [''] })],
];

/** The driver's error lookups: each line is one call the driver made and its result. */
const LOOKUPS: [
  RegExp,
  (version12: boolean, m: RegExpExecArray, lastCode: string) => Omit<ParsedCall, 'line' | 'at'>,
][] = [
  [
    /^intSCORM(2004)?Error=([\s\S]*)$/,
    (v12, m) => ({ fn: v12 ? 'LMSGetLastError' : 'GetLastError', args: [], result: m[2]! }),
  ],
  [
    /^strSCORM(2004)?ErrorString=([\s\S]*)$/,
    (v12, m, code) => ({
      fn: v12 ? 'LMSGetErrorString' : 'GetErrorString',
      args: [code],
      result: m[2]!,
    }),
  ],
  [
    /^strSCORM(2004)?ErrorDiagnostic=([\s\S]*)$/,
    (v12, m) => ({ fn: v12 ? 'LMSGetDiagnostic' : 'GetDiagnostic', args: [''], result: m[2]! }),
  ],
];

function parse(lines: readonly string[]): ParsedLog {
  const out = new LogCollector();
  let open: (Omit<ParsedCall, 'result'> & { result?: never }) | undefined;
  let lastCode = '';
  lines.forEach((text, i) => {
    const line = i + 1;
    if (text.trim() === '') return;
    const m = ENTRY.exec(text.trim());
    if (!m) return out.unread(line, text);
    const at = Date.parse(m[2]!);
    if (out.result().hints.started === undefined) out.hint({ started: at });
    // Not trimmed: the indented "Error calling …" detail lines repeat values already read.
    const message = m[3]!;
    for (const [pattern, opening] of OPENINGS) {
      const o = pattern.exec(message);
      if (!o) continue;
      if (open) out.skip(open.line, `${open.fn} was called but its result was not logged`);
      open = { line, at, ...opening(o) };
      return;
    }
    const result = /^strResult=([\s\S]*)$/.exec(message);
    if (result) {
      if (!open) return out.skip(line, 'a result with no call opened before it');
      out.call({ ...open, line, at, result: result[1]! });
      open = undefined;
      return;
    }
    for (const [pattern, lookup] of LOOKUPS) {
      const l = pattern.exec(message);
      if (!l) continue;
      const call = lookup(l[1] === undefined, l, lastCode);
      if (/GetLastError$/.test(call.fn)) lastCode = call.result;
      out.call({ ...call, line, at });
      return;
    }
    out.ignore();
  });
  if (open) out.skip(open.line, `${open.fn} was called but its result was not logged`);
  return out.result();
}

export const scormDriverParser: LogParser = {
  format: 'scorm-driver',
  sniff: (first) => (shareMatching(first, ENTRY) > 0 ? 0.95 : 0),
  parse,
};
