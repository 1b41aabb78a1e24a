import { expect } from 'chai';
import { Chalk } from 'chalk';
import { renderLaunchSummary } from '../../../harness/cli/launch/summary.ts';
import type { Trace, TraceEvent } from '../../../harness/trace/types.ts';

const plain = new Chalk({ level: 0 });
const api = (seq: number, fn: string, args: string[], result: string, error = '0'): TraceEvent => ({
  type: 'api',
  seq,
  t: seq * 1000,
  fn,
  args,
  result,
  error,
});

function trace(events: TraceEvent[], final: Partial<Trace['final']> = {}): Trace {
  return {
    schemaVersion: 1,
    meta: {
      package: '/courses/intro',
      sco: 'item-1',
      version: '2004',
      edition: '4th',
      launchMode: 'frameset',
      learner: { id: 'l', name: 'L' },
      profile: 'spec',
      harnessVersion: '0.1.0',
      started: '2025-01-01T00:00:00.000Z',
    },
    events,
    final: { ended: 'terminated', t: 90_000, state: null, commits: 0, ...final },
  };
}

describe('the launch summary', () => {
  it('counts calls by function, lists error codes with the call, and the final state', () => {
    const text = renderLaunchSummary(
      trace(
        [
          api(0, 'Initialize', [''], 'true'),
          api(1, 'GetValue', ['cmi.nope'], '', '401'),
          api(2, 'SetValue', ['cmi.location', 'p2'], 'true'),
          api(3, 'SetValue', ['cmi.score.scaled', '2'], 'false', '407'),
          api(4, 'Terminate', [''], 'true'),
          { type: 'lifecycle', seq: 5, t: 5000, what: 'page-error', detail: 'boom' },
        ],
        {
          commits: 1,
          state: {
            version: '2004',
            data: { 'cmi.completion_status': 'completed', 'cmi.location': 'p2' },
            terminated: true,
            exit: 'normal',
            sessionTime: 'PT1M30S',
            totalTime: 'PT1M30S',
          },
        },
      ),
      { driver: 'jsdom', tracePath: '/tmp/t.json' },
      plain,
    );
    expect(text.split('\n')).to.deep.equal([
      'scorm-harness launch · item-1 (SCORM 2004 4th) · frameset · jsdom',
      'package  /courses/intro',
      'calls    Initialize 1 · GetValue 1 · SetValue 2 · Terminate 1',
      'errors   #1 1s GetValue("cmi.nope") → "" error 401',
      '         #3 3s SetValue("cmi.score.scaled", "2") → "false" error 407',
      'final    completion completed · location p2 · exit normal',
      'ended    terminated at 1m30s of virtual time: the content terminated the session (1 commit)',
      'page     1 page error(s), 0 console error(s)',
      'trace    /tmp/t.json (6 events)',
      '',
    ]);
  });

  it('says when the content never called the API and nothing was persisted', () => {
    const text = renderLaunchSummary(
      trace([], { ended: 'closed', t: 5000 }),
      { driver: 'chromium', tracePath: 'x.json' },
      plain,
    );
    expect(text).to.include('calls    none: the content never called the API');
    expect(text).to.include('errors   none');
    expect(text).to.include('final    nothing persisted');
    expect(text).to.include('ended    closed at 5s of virtual time: the learner closed the window');
  });

  it('colors only when asked', () => {
    const colored = renderLaunchSummary(
      trace([api(0, 'Initialize', [''], 'true')]),
      { driver: 'jsdom', tracePath: 't.json' },
      new Chalk({ level: 1 }),
    );
    expect(colored).to.include(String.fromCharCode(27));
  });
});
