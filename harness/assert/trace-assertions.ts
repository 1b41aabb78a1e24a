/**
 * A chai plugin for trace assertions. Each failure message names what was expected and shows the
 * slice of the trace that decides it, so a CI log is enough to see what the content did.
 *
 *   chai.use(traceAssertions);
 *   expect(trace).to.have.firstCall({ fn: 'Initialize' });
 *   expect(trace).to.have.callBefore({ fn: 'SetValue', element: 'cmi.exit' }, { fn: 'Terminate' });
 *   expect(trace).to.have.valueAt('cmi.completion_status', 1000, 'incomplete');
 *   expect(trace).to.have.committed('cmi.suspend_data', '{"sid":"s-1"}');
 *
 * The subject is a Trace, a live Session (anything with events()), or an array of events.
 */
import type { ApiEvent, Trace, TraceEvent } from '../trace/types.ts';
import {
  committedText,
  differenceText,
  nearCallsText,
  nearRequestsText,
  SET_FNS,
} from './failure-text.ts';
import {
  apiCalls,
  callsMatching,
  describeCall,
  eventsOf,
  httpRequests,
  lastSetAt,
  matchesCall,
  type CallPattern,
  type TraceLike,
} from './queries.ts';
import { at, plural, quoted, sliceText } from './trace-text.ts';

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- chai's plugin typing is a namespace
  namespace Chai {
    interface Assertion {
      /** At least one API call matches (with `.not`: none does). */
      apiCall(pattern: CallPattern): Assertion;
      /** Exactly `count` API calls match. */
      callCount(pattern: CallPattern, count: number): Assertion;
      /** The first API call of the trace matches. */
      firstCall(pattern: CallPattern): Assertion;
      /** Both happen, and the first `earlier` comes before the first `later`. */
      callBefore(earlier: CallPattern, later: CallPattern): Assertion;
      /** A call matching `pattern` happened and no API call follows the first one. */
      noCallAfter(pattern: CallPattern): Assertion;
      /** The last accepted SetValue of `element` at or before virtual time `t` set `value`. */
      valueAt(element: string, t: number, value: string): Assertion;
      /** The LMS's persisted state at the end holds `value` for `element` (a Trace only). */
      committed(element: string, value: string): Assertion;
      /** Every SetValue / LMSSetValue returned "true" with error "0". */
      everySetAccepted(): Assertion;
      /** At least one http event with this method whose path matches. */
      httpRequest(method: string, path: RegExp): Assertion;
    }
  }
}

function subjectOf(assertion: Chai.AssertionStatic, utils: Chai.ChaiUtils): readonly TraceEvent[] {
  return eventsOf(utils.flag(assertion, 'object') as TraceLike);
}

const CALLS = { noun: 'call' };
const seqs = (events: readonly (TraceEvent | undefined)[]): number[] =>
  events.flatMap((e) => (e ? [e.seq] : []));

export const traceAssertions: Chai.ChaiPlugin = (chai, utils) => {
  const { Assertion } = chai;

  Assertion.addMethod('apiCall', function (this: Chai.AssertionStatic, pattern: CallPattern) {
    const events = subjectOf(this, utils);
    const hits = callsMatching(events, pattern);
    this.assert(
      hits.length > 0,
      () =>
        `expected a call ${describeCall(pattern)}, none of the ${plural(apiCalls(events).length, 'API call')} matched;\n` +
        nearCallsText(events, pattern),
      () =>
        `expected no call ${describeCall(pattern)}, but ${plural(hits.length, 'call')} matched, ` +
        `the first at ${hits[0] ? at(hits[0]) : ''}:\n${sliceText(events, hits[0]?.seq)}`,
    );
  });

  Assertion.addMethod(
    'callCount',
    function (this: Chai.AssertionStatic, pattern: CallPattern, count: number) {
      const events = subjectOf(this, utils);
      const hits = callsMatching(events, pattern);
      const shown = () =>
        hits.length > 0
          ? `the matching calls:\n${sliceText(hits, undefined, CALLS)}`
          : nearCallsText(events, pattern);
      this.assert(
        hits.length === count,
        () => `expected ${count} calls ${describeCall(pattern)}, got ${hits.length}; ${shown()}`,
        () => `expected other than ${count} calls ${describeCall(pattern)}; ${shown()}`,
      );
    },
  );

  Assertion.addMethod('firstCall', function (this: Chai.AssertionStatic, pattern: CallPattern) {
    const calls = apiCalls(subjectOf(this, utils));
    const first = calls[0];
    const where = (match: ApiEvent | undefined) =>
      match
        ? `the first ${describeCall(pattern)} is call ${calls.indexOf(match) + 1} of ${calls.length}, at ${at(match)}`
        : `there is no call ${describeCall(pattern)} among the ${plural(calls.length, 'API call')}`;
    this.assert(
      first !== undefined && matchesCall(first, pattern),
      () => {
        const match = callsMatching(calls, pattern)[0];
        return (
          `expected the first API call to be ${describeCall(pattern)}; ${where(match)}:\n` +
          sliceText(calls, seqs([first, match]), { ...CALLS, max: 16 })
        );
      },
      () =>
        `expected the first API call not to be ${describeCall(pattern)}:\n` +
        sliceText(calls, first?.seq, { ...CALLS, max: 8 }),
    );
  });

  Assertion.addMethod(
    'callBefore',
    function (this: Chai.AssertionStatic, earlier: CallPattern, later: CallPattern) {
      const events = subjectOf(this, utils);
      const calls = apiCalls(events);
      const a = callsMatching(calls, earlier)[0];
      const b = callsMatching(calls, later)[0];
      const what = `${describeCall(earlier)} before ${describeCall(later)}`;
      if (!a || !b) {
        const [missing, found, other] = !a ? [earlier, b, later] : [later, a, earlier];
        const seen = found ? `; the first ${describeCall(other)} is at ${at(found)}` : '';
        this.assert(
          false,
          () =>
            `expected ${what}, but no call ${describeCall(missing)}${seen};\n` +
            nearCallsText(events, missing),
          '',
        );
        return;
      }
      const firsts =
        `the first ${describeCall(earlier)} is at ${at(a)}, ` +
        `the first ${describeCall(later)} at ${at(b)}`;
      this.assert(
        a.seq < b.seq,
        () => `expected ${what}, but ${firsts}:\n${sliceText(calls, [b.seq, a.seq], CALLS)}`,
        () => `expected not ${what}, but ${firsts}:\n${sliceText(calls, [a.seq, b.seq], CALLS)}`,
      );
    },
  );

  Assertion.addMethod('noCallAfter', function (this: Chai.AssertionStatic, pattern: CallPattern) {
    const events = subjectOf(this, utils);
    const calls = apiCalls(events);
    const end = callsMatching(calls, pattern)[0];
    const after = end ? calls.filter((e) => e.seq > end.seq) : [];
    const afterText = (end: ApiEvent): string =>
      `expected no API call after ${describeCall(pattern)} at ${at(end)}, got ${after.length}:\n` +
      sliceText(calls, seqs([end, after[0], after.at(-1)]), CALLS);
    this.assert(
      end !== undefined && after.length === 0,
      () =>
        end
          ? afterText(end)
          : `expected a call ${describeCall(pattern)}, none of the ${plural(calls.length, 'API call')} matched;\n` +
            nearCallsText(events, pattern),
      () =>
        `expected API calls after ${describeCall(pattern)}:\n${sliceText(calls, end?.seq, CALLS)}`,
    );
  });

  Assertion.addMethod(
    'valueAt',
    function (this: Chai.AssertionStatic, element: string, t: number, value: string) {
      const events = subjectOf(this, utils);
      const set = lastSetAt(events, SET_FNS, element, t);
      const story = (): string => {
        const sets = callsMatching(events, { fn: SET_FNS, element });
        const held = set ? `${quoted(set.args[1] ?? '')} (set at ${at(set)})` : 'nothing set';
        const shown =
          sets.length > 0
            ? `its SetValue calls (${sets.length}):\n${sliceText(sets, set?.seq, CALLS)}`
            : nearCallsText(events, { fn: SET_FNS, element });
        return `at t=${t}, it held ${held}; ${shown}`;
      };
      this.assert(
        set?.args[1] === value,
        () => `expected ${element} to hold ${quoted(value)} ${story()}`,
        () => `expected ${element} not to hold ${quoted(value)} ${story()}`,
      );
    },
  );

  Assertion.addMethod(
    'committed',
    function (this: Chai.AssertionStatic, element: string, value: string) {
      const trace = utils.flag(this, 'object') as Trace;
      const final = trace.final as Trace['final'] | undefined;
      const actual = final?.state?.data[element];
      const ended = final
        ? `ended: ${final.ended}, ${plural(final.commits, 'commit')}`
        : 'not a Trace';
      const story = () => committedText(eventsOf(trace), element);
      this.assert(
        actual === value,
        () => {
          const kept = actual === undefined ? 'nothing' : quoted(actual);
          const differ = actual === undefined ? undefined : differenceText(value, actual);
          return (
            `expected the LMS to keep ${element} = ${quoted(value)}, it kept ${kept} (${ended})\n` +
            (differ ? `${differ}\n` : '') +
            story()
          );
        },
        () => `expected the LMS not to keep ${element} = ${quoted(value)} (${ended})\n${story()}`,
      );
    },
  );

  Assertion.addMethod('everySetAccepted', function (this: Chai.AssertionStatic) {
    const events = subjectOf(this, utils);
    const sets = callsMatching(events, { fn: SET_FNS });
    const refused = sets.filter((e) => e.result !== 'true' || e.error !== '0');
    const first = refused[0];
    this.assert(
      refused.length === 0,
      () =>
        `expected every SetValue to succeed; ${refused.length} of ${sets.length} did not:\n` +
        sliceText(refused, undefined, { ...CALLS, max: 20 }) +
        (first
          ? `\naround the first, at ${at(first)}:\n${sliceText(events, first.seq, { max: 11 })}`
          : ''),
      () => `expected some SetValue to fail, all ${sets.length} succeeded`,
    );
  });

  Assertion.addMethod(
    'httpRequest',
    function (this: Chai.AssertionStatic, method: string, path: RegExp) {
      const events = subjectOf(this, utils);
      const hits = httpRequests(events, method, path);
      this.assert(
        hits.length > 0,
        () =>
          `expected a request ${method} ${path}, none of the ${plural(events.filter((e) => e.type === 'http').length, 'http event')} matched;\n` +
          nearRequestsText(events, method, path),
        () =>
          `expected no request ${method} ${path}, ${hits.length} matched:\n${sliceText(hits, undefined, { noun: 'request' })}`,
      );
    },
  );
};
