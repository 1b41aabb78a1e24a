/**
 * Moodle mod/scorm debug log (the "SCORM API Activity Log" window opened when the activity's
 * debugging is on). Source: moodle/moodle mod/scorm/datamodels/debug.js.php (AppendToLog,
 * LogAPICall) and scorm_12.js / scorm_13.js.php (what each API function logs). Each line is
 *   Mon, 15 Jan 2024 09:23:45 GMT: LMSSetValue("cmi.core.lesson_status", "incomplete") => 0
 * where the number after `=>` is the error code and GetValue adds ` - <value>` before it.
 * Moodle drops GetLastError calls from the log, prints array elements in its internal form
 * (`cmi.interactions_0.id` in 1.2, `cmi.interactions.N0.id` in 2004), logs Commit/Finish/Terminate
 * as annotation lines ("AJAXResult", "result", "errorCode") around or instead of the call itself,
 * and logs the 1.2 LMSCommit under the name "Commit".
 */
import { inVersion } from './api-names.ts';
import { LogCollector } from './log-collector.ts';
import { shareMatching } from './lines.ts';
import type { LogParser, ParsedLog } from './types.ts';

const STAMP = /^(\w{3}, \d{1,2} \w{3} \d{4} \d{2}:\d{2}:\d{2} GMT): ([\s\S]*)$/;
const CALL = /^(\w+)\("([^"]*)"(?:, "([\s\S]*)")?\)(?: - ([\s\S]*?))? => (\S*)$/;
const LOADED = /^Moodle SCORM (1\.2|1\.3) API Loaded, Activity: (.*), SCO: (.*)$/;
const PERSISTING = /^(LMSCommit|Commit|LMSFinish|Terminate)$/;

interface Entry {
  line: number;
  at: number;
  fn: string;
  name: string;
  value: string | undefined;
  got: string | undefined;
  rc: string;
}

/** Moodle's internal array forms back to the data model's dotted indexes. */
function elementName(name: string): string {
  return name.replace(/\.N(\d+)\./g, '.$1.').replace(/_(\d+)\./g, '.$1.');
}

function read(lines: readonly string[], out: LogCollector): Entry[] {
  const entries: Entry[] = [];
  lines.forEach((text, i) => {
    const line = i + 1;
    if (text.trim() === '') return;
    const stamped = STAMP.exec(text.trim());
    if (!stamped) return out.unread(line, text);
    const at = Date.parse(stamped[1]!);
    if (out.result().hints.started === undefined) out.hint({ started: at });
    const body = stamped[2]!;
    const loaded = LOADED.exec(body);
    if (loaded) {
      out.hint({
        version: loaded[1] === '1.2' ? '1.2' : '2004',
        package: loaded[2]!,
        sco: loaded[3]!,
      });
      return;
    }
    const m = CALL.exec(body);
    if (!m) return out.unread(line, body);
    entries.push({ line, at, fn: m[1]!, name: m[2]!, value: m[3], got: m[4], rc: m[5]! });
  });
  return entries;
}

function parse(lines: readonly string[]): ParsedLog {
  const out = new LogCollector();
  const entries = read(lines, out);
  const version =
    out.result().hints.version ?? (entries.some((e) => e.fn.startsWith('LMS')) ? '1.2' : '2004');
  const fnOf = (e: Entry): string =>
    version === '1.2' && e.fn === 'Commit' ? 'LMSCommit' : inVersion(e.fn, version);
  entries.forEach((e, i) => {
    const fn = fnOf(e);
    const base = { line: e.line, fn, at: e.at };
    if (PERSISTING.test(e.fn)) {
      if (e.name === 'AJAXResult' || e.name === 'errorCode') return out.ignore();
      if (e.name === 'result') {
        // Moodle maps a failed store to error 101 in Commit, Finish and Terminate alike.
        const result = e.value ?? '';
        return out.call({ ...base, args: [''], result, error: result === 'true' ? '0' : '101' });
      }
      const near = entries.slice(Math.max(0, i - 3), i + 4);
      if (near.some((n) => n !== e && n.name === 'result' && fnOf(n) === fn)) return out.ignore();
      return out.call({
        ...base,
        args: [e.name],
        result: e.rc === '0' ? 'true' : 'false',
        error: e.rc,
      });
    }
    if (/GetValue$/.test(e.fn)) {
      return out.call({ ...base, args: [elementName(e.name)], result: e.got ?? '', error: e.rc });
    }
    if (/SetValue$/.test(e.fn)) {
      const args = [elementName(e.name), e.value ?? ''];
      return out.call({ ...base, args, result: e.rc === '0' ? 'true' : 'false', error: e.rc });
    }
    if (/Initialize$/.test(e.fn)) {
      return out.call({
        ...base,
        args: [e.name],
        result: e.rc === '0' ? 'true' : 'false',
        error: e.rc,
      });
    }
    if (/GetErrorString$|GetDiagnostic$/.test(e.fn)) {
      return out.call({ ...base, args: [e.name], result: e.value ?? '' });
    }
    out.skip(e.line, `Moodle does not log ${e.fn} this way`);
  });
  out.note('Moodle leaves GetLastError calls out of its log: any the content made are missing');
  return out.result();
}

export const moodleParser: LogParser = {
  format: 'moodle',
  sniff: (first) =>
    shareMatching(first, /^\w{3}, \d{1,2} \w{3} \d{4} \d{2}:\d{2}:\d{2} GMT: /) > 0 ? 0.95 : 0,
  parse,
};
