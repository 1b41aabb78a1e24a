import { expect } from 'chai';
import type { HttpRecord } from '../../../harness/lms/http-recording.ts';
import type { PageMessage } from '../../../harness/lms/page-protocol.ts';
import { RequestPlacement } from '../../../harness/session/request-placement.ts';

const request = (id: number, t: number): PageMessage => ({
  type: 'request',
  seq: 0,
  id,
  method: 'POST',
  url: `http://127.0.0.1/backend/${id}`,
  t,
});
const api = (fn: string, t: number): PageMessage => ({
  type: 'api',
  seq: 0,
  api: '1.2',
  fn,
  args: [],
  result: 'true',
  error: '0',
  t,
});
const answer = (id: number): HttpRecord => ({
  method: 'POST',
  url: `http://127.0.0.1/backend/${id}`,
  status: 200,
  target: 'backend',
  requestId: id,
});

type Step = { page: PageMessage } | { lms: number } | { flush: true };

function run(steps: Step[]): string[] {
  const out: string[] = [];
  const placement = new RequestPlacement(
    (m) => out.push(m.type === 'api' ? `${m.fn}@${m.t}` : m.type),
    (r, a) => out.push(`http ${r.id}@${r.t} ${a ? a.status : 'unanswered'}`),
  );
  for (const step of steps) {
    if ('page' in step) placement.accept(step.page);
    else if ('lms' in step) placement.answered(step.lms, answer(step.lms));
    else placement.flush();
  }
  return out;
}

describe('RequestPlacement: requests land where the page sent them', () => {
  const cases: { name: string; steps: Step[]; expected: string[] }[] = [
    {
      name: 'answers in send order',
      steps: [{ page: request(0, 60) }, { lms: 0 }, { page: api('LMSCommit', 120) }],
      expected: ['http 0@60 200', 'LMSCommit@120'],
    },
    {
      name: 'later messages wait for an earlier answer',
      steps: [
        { page: request(0, 60) },
        { page: api('LMSCommit', 120) },
        { page: request(1, 120) },
        { lms: 1 },
        { lms: 0 },
      ],
      expected: ['http 0@60 200', 'LMSCommit@120', 'http 1@120 200'],
    },
    {
      name: 'an answer before its announcement is kept until then',
      steps: [{ lms: 0 }, { page: api('LMSCommit', 30) }, { page: request(0, 60) }],
      expected: ['LMSCommit@30', 'http 0@60 200'],
    },
    {
      name: 'at the end, an unanswered request is placed without an answer',
      steps: [{ page: request(0, 60) }, { page: api('LMSFinish', 90) }, { flush: true }],
      expected: ['http 0@60 unanswered', 'LMSFinish@90'],
    },
  ];
  for (const { name, steps, expected } of cases) {
    it(name, () => expect(run(steps)).to.deep.equal(expected));
  }

  it('settled() resolves once every announced request is placed', async () => {
    const placement = new RequestPlacement(
      () => undefined,
      () => undefined,
    );
    let settled = false;
    placement.accept(request(0, 60));
    const done = placement.settled().then(() => (settled = true));
    await Promise.resolve();
    expect(settled).to.equal(false);
    placement.answered(0, answer(0));
    await done;
    expect(settled).to.equal(true);
  });
});
