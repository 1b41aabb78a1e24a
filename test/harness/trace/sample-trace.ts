import type { Trace } from '../../../harness/trace/types.ts';

/** A small valid trace with one event of each kind, for the trace tests. */
export function sampleTrace(): Trace {
  return {
    schemaVersion: 1,
    meta: {
      package: 'fixtures/sco12',
      sco: 'sco-1',
      version: '1.2',
      launchMode: 'frameset',
      learner: { id: 'l1', name: 'Learner, One' },
      profile: 'spec',
      harnessVersion: '0.1.0',
      started: '2025-01-01T00:00:00.000Z',
    },
    events: [
      { seq: 0, t: 0, type: 'lifecycle', what: 'launch', url: 'http://127.0.0.1:1/x' },
      { seq: 1, t: 5, type: 'api', fn: 'LMSInitialize', args: [''], result: 'true', error: '0' },
      {
        seq: 2,
        t: 6,
        type: 'http',
        method: 'GET',
        url: 'https://cdn.example.com/a.js',
        status: 0,
        target: 'outside',
        blocked: true,
      },
      {
        seq: 3,
        t: 7,
        type: 'dialog',
        kind: 'confirm',
        message: 'Leave?',
        answer: { accept: true },
      },
      { seq: 4, t: 8, type: 'console', level: 'error', text: 'boom' },
      {
        seq: 5,
        t: 9,
        type: 'commit',
        reason: 'commit',
        data: { 'cmi.core.lesson_status': 'incomplete' },
      },
    ],
    final: {
      ended: 'closed',
      t: 10,
      commits: 1,
      state: {
        version: '1.2',
        data: { 'cmi.core.lesson_status': 'incomplete' },
        terminated: false,
        exit: '',
        sessionTime: '00:00:00',
        totalTime: '00:00:00',
      },
    },
  };
}
