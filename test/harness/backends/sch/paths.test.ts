import { expect } from 'chai';
import { DEFAULT_SCH_PATHS, schPathProblems } from '../../../../harness/backends/sch/index.ts';

describe('sch backend: configured endpoint paths', () => {
  it('accepts the defaults and paths of plain segments with the parameters each endpoint reads', () => {
    expect(schPathProblems({ ...DEFAULT_SCH_PATHS })).to.deep.equal([]);
    expect(
      schPathProblems({
        heartbeat: '/v2/beat',
        session: '/v2/session/:sid',
        completeChallenge: '/v2/s/:sid/done/:challengeId',
      }),
    ).to.deep.equal([]);
  });

  const cases: [Record<string, unknown>, string][] = [
    [{ beat: '/x' }, 'beat: is not an endpoint of the mock backend (known: heartbeat,'],
    [{ constructor: '/x' }, 'constructor: is not an endpoint'],
    [{ heartbeat: 'v2/beat' }, 'heartbeat: "v2/beat" is not a path of plain segments'],
    [{ session: '/v2/session/{sid}' }, 'session: "/v2/session/{sid}" is not a path'],
    [{ session: '/v2/session/:sid?' }, 'session: "/v2/session/:sid?" is not a path'],
    [{ heartbeat: 3 }, 'heartbeat: 3 is not a path'],
    [{ progress: '/v2/progress' }, 'progress: /v2/progress lacks :sid'],
    [{ completeChallenge: '/v2/:sid/done' }, 'completeChallenge: /v2/:sid/done lacks :challengeId'],
    [
      { heartbeat: '/v2/:sid/beat' },
      'heartbeat: /v2/:sid/beat has :sid, which the endpoint does not read',
    ],
  ];
  for (const [paths, expected] of cases) {
    it(`${JSON.stringify(paths)} → ${expected}`, () => {
      const problems = schPathProblems(paths);
      expect(problems).to.have.length(1);
      expect(problems[0]).to.include(expected);
    });
  }
});
