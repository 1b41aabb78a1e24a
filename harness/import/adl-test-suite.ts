/**
 * The ADL SCORM 1.2 Conformance Test Suite's "LMS RTE Test Log" (the log its test SCOs write while
 * testing an LMS). Shape from published logs, e.g. tracker.moodle.org/secure/attachmentzip/unzip/
 * 32605/17874%5B4%5D/Outcome%20Logs/20097610112_LMSRTE_Log.htm and
 * www.kmsi.us/SCORM%20Conformance%20Test%20Suite%20LMS%20RTE%20Test%20Log.htm:
 *   LMSInitialize completed successfully
 *   LMSGetValue(cmi.core.student_id) returned: "joestudent"
 *   LMSSetValue(cmi.core.lesson_location, "end") succeeded
 * Copies saved from the HTML page wrap long lines anywhere, so a call line that is not complete is
 * joined with the lines after it (as HTML joins them, with one space). The log has no timestamps
 * and no error codes; one log covers many SCO launches, and a trace holds one, so the import stops
 * at the second "has been launched." line.
 */
import { LogCollector } from './log-collector.ts';
import { shareMatching } from './lines.ts';
import type { LogParser, ParsedLog } from './types.ts';

const COMPLETED = /^(LMSInitialize|LMSCommit|LMSFinish) completed successfully$/;
const GET = /^(LMSGetValue)\(([^)]*)\) returned: "([\s\S]*)"$/;
const SET = /^(LMSSetValue)\(([^,]*), "([\s\S]*)"\) succeeded$/;
const STARTS_CALL = /^(LMSInitialize|LMSCommit|LMSFinish|LMSGetValue|LMSSetValue)\b/;
const LAUNCHED = /^(SCO \d+) has been\s+launched\.$/;
const MAX_JOIN = 4;

function parse(lines: readonly string[]): ParsedLog {
  const out = new LogCollector();
  out.hint({ version: '1.2' });
  let launches = 0;
  for (let i = 0; i < lines.length; i++) {
    let text = lines[i]!.trim();
    let last = i;
    if (text === '') continue;
    const complete = (s: string): boolean =>
      COMPLETED.test(s) || GET.test(s) || SET.test(s) || / found\.$/.test(s);
    while (
      (STARTS_CALL.test(text) || /^SCO \d+ has been$/.test(text)) &&
      !complete(text) &&
      last - i < MAX_JOIN &&
      last + 1 < lines.length &&
      !STARTS_CALL.test(lines[last + 1]!.trim())
    ) {
      last += 1;
      text = `${text} ${lines[last]!.trim()}`;
    }
    // A call that joining could not complete is one broken line; the lines after it stay unread.
    if (last > i && !complete(text) && !LAUNCHED.test(text)) {
      last = i;
      text = lines[i]!.trim();
    }
    const line = last + 1;
    const launched = LAUNCHED.exec(text);
    if (launched) {
      launches += 1;
      if (launches > 1) {
        out.skip(
          line,
          'the log goes on with another SCO launch; a trace holds one launch, so the rest is not imported',
        );
        break;
      }
      out.hint({ sco: launched[1]! });
    }
    i = last;
    const done = COMPLETED.exec(text);
    if (done) {
      out.call({ line, fn: done[1]!, args: [''], result: 'true' });
      continue;
    }
    const get = GET.exec(text);
    if (get) {
      out.call({ line, fn: get[1]!, args: [get[2]!.trim()], result: get[3]! });
      continue;
    }
    const set = SET.exec(text);
    if (set) {
      out.call({ line, fn: set[1]!, args: [set[2]!.trim(), set[3]!], result: 'true' });
      continue;
    }
    if (STARTS_CALL.test(text) && !/ found\.$/.test(text))
      out.skip(line, 'cannot read this call line');
    else out.ignore();
  }
  out.note('the ADL log prints only successful calls in full: each result is its stated success');
  return out.result();
}

export const adlTestSuiteParser: LogParser = {
  format: 'adl-test-suite',
  sniff: (first) =>
    shareMatching(
      first,
      /has been\s+launched\.|^\s*LMS\w+ completed successfully|^\s*LMSSetValue\(.*\) succeeded|^\s*LMSGetValue\(.*\) returned: "/,
    ) > 0
      ? 0.9
      : 0,
  parse,
};
