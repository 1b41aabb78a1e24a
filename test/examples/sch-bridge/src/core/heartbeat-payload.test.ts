import { expect } from 'chai';
import { heartbeatPayload } from '../../../../../examples/sch-bridge/src/core/heartbeat-payload.ts';
import type { LmsReport } from '../../../../../examples/sch-bridge/src/core/lms-report.ts';

describe('sch-bridge heartbeat payload', () => {
  const report: LmsReport = {
    complete: false,
    raw: 50,
    verdict: 'failed',
    sessionMs: 120_000,
    sid: 'sch-session-1',
    bookmark: { topic: 'sqli', challenge: 'c1', phase: 2, hints: ['h1'] },
  };

  it('carries the session id, the bookmark as JSON and the session time in the version format', () => {
    expect(heartbeatPayload('2004', report)).to.deep.equal({
      sessionId: 'sch-session-1',
      lmsBookmark: '{"topic":"sqli","challenge":"c1","phase":2,"hints":["h1"]}',
      sessionTime: 'PT0H2M0S',
    });
    expect(heartbeatPayload('1.2', report).sessionTime).to.equal('0000:02:00.00');
  });
});
