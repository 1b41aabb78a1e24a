/**
 * SCORM Cloud / SCORM Engine debug log ("Show Debug" window, API call section). Each call is one line:
 *   [16:51:38.967] SetValue('cmi.interactions.0.id', 'q1') returned 'true' in 0 seconds
 * Shape from Rustici's "Deciphering Debug Logs" (support.scorm.com/hc/en-us/articles/360000114973)
 * and the SCORM Cloud debug log posted in community.articulate.com/discussions/discuss/
 * everything-we-know-about-cornerstone-on-demand-and-storyline/839468/replies/840015.
 * The log states no error codes beside GetLastError's own result, and only the time of day.
 */
import { LogCollector } from './log-collector.ts';
import { parseQuotedArgs, shareMatching } from './lines.ts';
import type { LogParser, ParsedLog } from './types.ts';

const CALL =
  /^\s*(?:[-•*]\s*)?\[(\d{1,2}):(\d{2}):(\d{2})(?:[.:](\d{1,3}))?\]\s+(\w+)\((.*)\)\s+returned\s+'([\s\S]*)'\s+in\s+[\d.]+\s+seconds?\s*$/;
const STAMPED =
  /^\s*(?:[-•*]\s*)?\[\d{1,2}:\d{2}:\d{2}(?:[.:]\d{1,3})?\]\s+\w+\(.*\)\s+returned\s+'/;
const DAY_MS = 86_400_000;

function parse(lines: readonly string[]): ParsedLog {
  const out = new LogCollector();
  let previous = -1;
  let dayOffset = 0;
  lines.forEach((text, i) => {
    const line = i + 1;
    if (text.trim() === '') return;
    const m = CALL.exec(text);
    if (!m) return out.unread(line, text);
    const [, h, min, s, ms, fn, rawArgs, result] = m;
    const args = parseQuotedArgs(rawArgs!);
    if (!args) return out.skip(line, `cannot read the arguments of ${fn}`);
    const ofDay =
      ((Number(h) * 60 + Number(min)) * 60 + Number(s)) * 1000 + Number((ms ?? '0').padEnd(3, '0'));
    // The log shows only the time of day: a jump backwards means the session crossed midnight.
    if (ofDay + dayOffset < previous) dayOffset += DAY_MS;
    previous = ofDay + dayOffset;
    out.call({ line, fn: fn!, args, result: result!, at: previous });
  });
  return out.result();
}

export const scormCloudParser: LogParser = {
  format: 'scorm-cloud',
  sniff: (first) => (shareMatching(first, STAMPED) > 0 ? 0.95 : 0),
  parse,
};
