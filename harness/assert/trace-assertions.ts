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
import type { Trace, TraceEvent } from '../trace/types.ts';
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
import { sliceText } from './trace-text.ts';

const SET_FNS = ['SetValue', 'LMSSetValue'];

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

const apiOnly = (events: readonly TraceEvent[]): TraceEvent[] =>
  events.filter((e) => e.type === 'api');

export const traceAssertions: Chai.ChaiPlugin = (chai, utils) => {
  const { Assertion } = chai;

  Assertion.addMethod('apiCall', function (this: Chai.AssertionStatic, pattern: CallPattern) {
    const events = subjectOf(this, utils);
    const hits = callsMatching(events, pattern);
    this.assert(
      hits.length > 0,
      `expected a call ${describeCall(pattern)}; the API calls were:\n${sliceText(apiOnly(events))}`,
      `expected no call ${describeCall(pattern)}, but:\n${sliceText(events, hits[0]?.seq)}`,
    );
  });

  Assertion.addMethod(
    'callCount',
    function (this: Chai.AssertionStatic, pattern: CallPattern, count: number) {
      const events = subjectOf(this, utils);
      const hits = callsMatching(events, pattern);
      this.assert(
        hits.length === count,
        `expected ${count} calls ${describeCall(pattern)}, got ${hits.length}:\n${sliceText(hits)}`,
        `expected other than ${count} calls ${describeCall(pattern)}:\n${sliceText(hits)}`,
      );
    },
  );

  Assertion.addMethod('firstCall', function (this: Chai.AssertionStatic, pattern: CallPattern) {
    const calls = apiCalls(subjectOf(this, utils));
    const first = calls[0];
    this.assert(
      first !== undefined && matchesCall(first, pattern),
      `expected the first API call to be ${describeCall(pattern)}:\n${sliceText(calls.slice(0, 8), first?.seq)}`,
      `expected the first API call not to be ${describeCall(pattern)}:\n${sliceText(calls.slice(0, 8), first?.seq)}`,
    );
  });

  Assertion.addMethod(
    'callBefore',
    function (this: Chai.AssertionStatic, earlier: CallPattern, later: CallPattern) {
      const events = subjectOf(this, utils);
      const a = callsMatching(events, earlier)[0];
      const b = callsMatching(events, later)[0];
      const what = `${describeCall(earlier)} before ${describeCall(later)}`;
      if (!a || !b) {
        const missing = !a ? describeCall(earlier) : describeCall(later);
        this.assert(
          false,
          `expected ${what}, but no call ${missing}:\n${sliceText(apiOnly(events))}`,
          '',
        );
        return;
      }
      this.assert(
        a.seq < b.seq,
        `expected ${what}:\n${sliceText(apiOnly(events), b.seq)}`,
        `expected not ${what}:\n${sliceText(apiOnly(events), a.seq)}`,
      );
    },
  );

  Assertion.addMethod('noCallAfter', function (this: Chai.AssertionStatic, pattern: CallPattern) {
    const events = subjectOf(this, utils);
    const end = callsMatching(events, pattern)[0];
    const after = end ? apiCalls(events).filter((e) => e.seq > end.seq) : [];
    this.assert(
      end !== undefined && after.length === 0,
      end
        ? `expected no API call after ${describeCall(pattern)}, got ${after.length}:\n${sliceText(apiOnly(events), after[0]?.seq)}`
        : `expected a call ${describeCall(pattern)}; the API calls were:\n${sliceText(apiOnly(events))}`,
      `expected API calls after ${describeCall(pattern)}:\n${sliceText(apiOnly(events), end?.seq)}`,
    );
  });

  Assertion.addMethod(
    'valueAt',
    function (this: Chai.AssertionStatic, element: string, t: number, value: string) {
      const events = subjectOf(this, utils);
      const set = lastSetAt(events, SET_FNS, element, t);
      const sets = callsMatching(events, { fn: SET_FNS, element });
      this.assert(
        set?.args[1] === value,
        `expected ${element} to hold ${JSON.stringify(value)} at t=${t}, ` +
          `it held ${set ? JSON.stringify(set.args[1]) : 'nothing set'}; its SetValue calls:\n${sliceText(sets, set?.seq)}`,
        `expected ${element} not to hold ${JSON.stringify(value)} at t=${t}:\n${sliceText(sets, set?.seq)}`,
      );
    },
  );

  Assertion.addMethod(
    'committed',
    function (this: Chai.AssertionStatic, element: string, value: string) {
      const trace = utils.flag(this, 'object') as Trace;
      const state = trace.final?.state;
      const actual = state?.data[element];
      const commits = trace.events.filter((e) => e.type === 'commit').slice(-3);
      this.assert(
        actual === value,
        `expected the LMS to keep ${element} = ${JSON.stringify(value)}, it kept ${
          actual === undefined ? 'nothing' : JSON.stringify(actual)
        } (ended: ${trace.final?.ended}); last commits:\n${sliceText(commits)}`,
        `expected the LMS not to keep ${element} = ${JSON.stringify(value)}`,
      );
    },
  );

  Assertion.addMethod('everySetAccepted', function (this: Chai.AssertionStatic) {
    const events = subjectOf(this, utils);
    const refused = callsMatching(events, { fn: SET_FNS }).filter(
      (e) => e.result !== 'true' || e.error !== '0',
    );
    this.assert(
      refused.length === 0,
      `expected every SetValue to succeed; ${refused.length} did not:\n${sliceText(events, refused[0]?.seq)}`,
      'expected some SetValue to fail',
    );
  });

  Assertion.addMethod(
    'httpRequest',
    function (this: Chai.AssertionStatic, method: string, path: RegExp) {
      const events = subjectOf(this, utils);
      const hits = httpRequests(events, method, path);
      const http = events.filter((e) => e.type === 'http');
      this.assert(
        hits.length > 0,
        `expected a request ${method} ${path}; the http events were:\n${sliceText(http)}`,
        `expected no request ${method} ${path}:\n${sliceText(hits)}`,
      );
    },
  );
};
