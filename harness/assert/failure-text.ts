/**
 * The trace slices failure messages show when what was asked for is missing: the calls that came
 * nearest (same function, same element), what became of an element's value, the requests that
 * resemble the one expected. Each slice is bounded (trace-text), so a message stays readable for a
 * trace of thousands of events, and says what it left out.
 */
import type { ApiEvent, CommitEvent, TraceEvent } from '../trace/types.ts';
import {
  apiCalls,
  callsMatching,
  describeCall,
  fnText,
  requestPath,
  type CallPattern,
} from './queries.ts';
import { at, commitLine, MAX_LINES, MAX_VALUE, plural, quoted, sliceText } from './trace-text.ts';

export const SET_FNS = ['SetValue', 'LMSSetValue'];

/** Lines for one slice among several in a message. */
const SECTION_LINES = MAX_LINES / 2;

/**
 * The API calls nearest to `pattern`: those on its element, then those to its function, and
 * failing both a window of all the calls.
 */
export function nearCallsText(events: readonly TraceEvent[], pattern: CallPattern): string {
  const calls = apiCalls(events);
  if (calls.length === 0) return 'the trace has no API calls';
  const of = `of ${plural(calls.length, 'API call')}`;
  const sections: string[] = [];
  const { element } = pattern;
  const on = element === undefined ? [] : calls.filter((c) => c.args[0] === element);
  if (on.length > 0) {
    sections.push(`calls on ${element} (${on.length} ${of}):\n${slice(on, 'call')}`);
  }
  const to = callsMatching(calls, { fn: pattern.fn });
  if (to.length > 0 && !(to.length === on.length && to.every((c) => on.includes(c)))) {
    sections.push(`calls to ${fnText(pattern)} (${to.length} ${of}):\n${slice(to, 'call')}`);
  }
  if (sections.length === 0) {
    const what = element === undefined ? '' : ` and none on ${element}`;
    return `no call to ${describeCall({ fn: pattern.fn })}${what}; the API calls:\n${sliceText(calls, undefined, { noun: 'call' })}`;
  }
  return sections.join('\n');
}

function slice(events: readonly TraceEvent[], noun: string, focus?: number): string {
  return sliceText(events, focus, { max: SECTION_LINES, noun });
}

/**
 * What became of `element`: one sentence (set at t but never committed, committed at t), its
 * SetValue calls, and the value each commit persisted for it.
 */
export function committedText(events: readonly TraceEvent[], element: string): string {
  const sets = callsMatching(events, { fn: SET_FNS, element });
  const commits = events.filter((e): e is CommitEvent => e.type === 'commit');
  const last = sets.filter((s) => s.result === 'true').at(-1);
  const decisive = last ? commits.find((c) => c.seq > last.seq) : undefined;
  const setsText =
    sets.length === 0
      ? `no SetValue call on ${element}`
      : `SetValue calls on ${element} (${sets.length}):\n${slice(sets, 'call', last?.seq)}`;
  const commitMarks = [decisive?.seq, commits.at(-1)?.seq].filter((s) => s !== undefined);
  const commitsText =
    commits.length === 0
      ? 'no Commit or Terminate persisted anything'
      : `commits, with the ${element} each persisted (${commits.length}):\n` +
        sliceText(commits, commitMarks, {
          max: SECTION_LINES,
          noun: 'commit',
          line: (e) => commitLine(e as CommitEvent, element),
        });
  return [story(element, sets, last, decisive, commits), setsText, commitsText].join('\n');
}

function story(
  element: string,
  sets: readonly ApiEvent[],
  last: ApiEvent | undefined,
  decisive: CommitEvent | undefined,
  commits: readonly CommitEvent[],
): string {
  if (!last) {
    return sets.length === 0
      ? `the content never set ${element}`
      : `the LMS refused every SetValue of ${element} (${sets.length})`;
  }
  const set = `${element} was last set to ${quoted(last.args[1] ?? '')} at ${at(last)}`;
  if (!decisive) {
    const before = commits.at(-1);
    const earlier = before ? `; the last commit, at ${at(before)}, came before it` : '';
    return `${set} but never committed after that${earlier}`;
  }
  const kept = decisive.data[element];
  if (kept === last.args[1]) return `${set} and committed at ${at(decisive)}`;
  const what = kept === undefined ? 'nothing' : quoted(kept);
  return `${set}, but the commit at ${at(decisive)} persisted ${what} for it`;
}

/** The http events nearest to `method path`: same path, then same method, else a window. */
export function nearRequestsText(
  events: readonly TraceEvent[],
  method: string,
  path: RegExp,
): string {
  const http = events.filter((e) => e.type === 'http');
  if (http.length === 0) return 'the trace has no http events';
  const of = `of ${plural(http.length, 'http event')}`;
  const samePath = http.filter((e) => path.test(requestPath(e)));
  const sameMethod = http.filter((e) => e.method === method);
  const sections: string[] = [];
  if (samePath.length > 0) {
    sections.push(`requests to ${path} (${samePath.length} ${of}):\n${slice(samePath, 'request')}`);
  }
  if (sameMethod.length > 0) {
    sections.push(
      `${method} requests (${sameMethod.length} ${of}):\n${slice(sameMethod, 'request')}`,
    );
  }
  if (sections.length === 0)
    sections.push(`the http events:\n${sliceText(http, undefined, { noun: 'request' })}`);
  return sections.join('\n');
}

/** Where two long values part, when quoting cuts them too short to show it. */
export function differenceText(expectedValue: string, actual: string): string | undefined {
  const expected = String(expectedValue); // untyped callers (see quoted)
  if (expected === actual || (expected.length <= MAX_VALUE && actual.length <= MAX_VALUE))
    return undefined;
  let i = 0;
  while (i < expected.length && expected[i] === actual[i]) i++;
  const from = Math.max(0, i - 20);
  const part = (s: string): string => `${from > 0 ? '…' : ''}${quoted(s.slice(from, from + 60))}`;
  return `they differ from character ${i} (lengths ${expected.length} and ${actual.length}): expected ${part(expected)}, kept ${part(actual)}`;
}
