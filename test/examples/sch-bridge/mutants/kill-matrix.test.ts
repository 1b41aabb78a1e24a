import { expect } from 'chai';
import type { Mutant } from '../../../../examples/sch-bridge/mutants/catalog.ts';
import {
  formatKillMatrix,
  killedPercent,
  killRows,
  type MutantRun,
  type VariantRun,
} from '../../../../examples/sch-bridge/mutants/kill-matrix.ts';
import type { RunStatus, ScenarioResult } from '../../../../harness/scenario/runner.ts';

const mutant = (id: string, expectedKilledBy: string[], variants: Mutant['variants']): Mutant => ({
  id,
  title: id,
  breaks: 'a promise',
  swaps: { 'core/score.ts': `/m/${id}/score.ts` },
  variants,
  expectedKilledBy,
});

const result = (id: string, version: '1.2' | '2004', status: RunStatus): ScenarioResult => ({
  id,
  title: id,
  version,
  launchMode: 'frameset',
  status,
  ok: status === 'pass',
  ...(status === 'pass' ? {} : { message: `${id} broke` }),
  durationMs: 1,
  traces: [],
});

/** A run of a dedicated build: its variant is its SCORM version. */
const dedicated = (r: ScenarioResult): VariantRun => ({ variant: r.version, result: r });

const REFERENCE: VariantRun[] = [
  ...[
    result('score-formula', '1.2', 'pass'),
    result('score-formula', '2004', 'pass'),
    result('session-time', '1.2', 'pass'),
    result('session-time', '2004', 'pass'),
    result('flaky', '2004', 'fail'),
  ].map(dedicated),
  { variant: 'auto', result: result('api-objects', '2004', 'pass') },
];

describe('sch-bridge mutants: kill matrix', () => {
  const cases: Array<{
    title: string;
    mutant: Mutant;
    runs: MutantRun['result'][];
    killed: boolean;
    survivedIn: string[];
    missedExpected: string[];
  }> = [
    {
      title: 'killed in every variant by the expected scenario',
      mutant: mutant('a', ['score-formula'], ['1.2', '2004']),
      runs: [result('score-formula', '1.2', 'fail'), result('score-formula', '2004', 'fail')],
      killed: true,
      survivedIn: [],
      missedExpected: [],
    },
    {
      title: 'survives in a variant where nothing fails',
      mutant: mutant('b', ['score-formula'], ['1.2', '2004']),
      runs: [result('score-formula', '1.2', 'fail'), result('score-formula', '2004', 'pass')],
      killed: false,
      survivedIn: ['2004'],
      missedExpected: [],
    },
    {
      title: 'killed, but not by the scenario meant to kill it',
      mutant: mutant('c', ['score-formula'], ['2004']),
      runs: [result('score-formula', '2004', 'pass'), result('session-time', '2004', 'fail')],
      killed: false,
      survivedIn: [],
      missedExpected: ['score-formula'],
    },
    {
      title: 'a timeout or an error is no kill: the harness could not judge',
      mutant: mutant('d', ['session-time'], ['1.2', '2004']),
      runs: [result('session-time', '1.2', 'timeout'), result('session-time', '2004', 'error')],
      killed: false,
      survivedIn: ['1.2', '2004'],
      missedExpected: ['session-time'],
    },
    {
      title: 'a failure of a scenario the reference fails too is no kill',
      mutant: mutant('e', ['flaky'], ['2004']),
      runs: [result('flaky', '2004', 'fail')],
      killed: false,
      survivedIn: ['2004'],
      missedExpected: ['flaky'],
    },
    {
      title: 'skipped runs are no kill',
      mutant: mutant('f', ['score-formula'], ['1.2']),
      runs: [result('score-formula', '1.2', 'skip')],
      killed: false,
      survivedIn: ['1.2'],
      missedExpected: ['score-formula'],
    },
  ];
  for (const c of cases) {
    it(c.title, () => {
      const runs = c.runs.map((r) => ({ mutant: c.mutant.id, ...dedicated(r) }));
      const [row] = killRows([c.mutant], runs, REFERENCE);
      expect(row?.killed).to.equal(c.killed);
      expect(row?.survivedIn).to.deep.equal(c.survivedIn);
      expect(row?.missedExpected).to.deep.equal(c.missedExpected);
    });
  }

  it('ignores runs of other mutants', () => {
    const runs = [{ mutant: 'other', ...dedicated(result('score-formula', '1.2', 'fail')) }];
    const [row] = killRows([mutant('a', ['score-formula'], ['1.2'])], runs, REFERENCE);
    expect(row?.kills).to.deep.equal([]);
  });

  it('prints one line per mutant with its failing scenarios, then the killed share', () => {
    const mutants = [
      mutant('score-wrong', ['score-formula'], ['1.2', '2004']),
      mutant('time-wrong', ['session-time'], ['2004']),
    ];
    const runs: MutantRun[] = [
      { mutant: 'score-wrong', ...dedicated(result('score-formula', '1.2', 'fail')) },
      { mutant: 'score-wrong', ...dedicated(result('score-formula', '2004', 'fail')) },
      { mutant: 'time-wrong', ...dedicated(result('session-time', '2004', 'pass')) },
    ];
    const rows = killRows(mutants, runs, REFERENCE);
    expect(killedPercent(rows)).to.equal(50);
    expect(formatKillMatrix(rows).split('\n')).to.deep.equal([
      'killed   score-wrong  score-formula (1.2 frameset, 2004 frameset)',
      'SURVIVED time-wrong   no scenario fails  !! survives in 2004; not killed by session-time',
      'killed 1/2 mutants (50%)',
    ]);
  });

  it("an auto build's runs count for the auto variant only, against the auto reference", () => {
    const auto = mutant('auto-order', ['api-objects'], ['auto']);
    const failing = result('api-objects', '2004', 'fail');
    const asDedicated = killRows([auto], [{ mutant: auto.id, ...dedicated(failing) }], REFERENCE);
    expect(asDedicated[0]?.survivedIn, 'a 2004 run is not the auto build').to.deep.equal(['auto']);
    const [row] = killRows(
      [auto],
      [{ mutant: auto.id, variant: 'auto', result: failing }],
      REFERENCE,
    );
    expect(row?.killed).to.equal(true);
    expect(formatKillMatrix([row!]).split('\n')[0]).to.equal(
      'killed   auto-order  api-objects (auto frameset)',
    );
  });

  it('an empty catalog is fully killed', () => {
    expect(killedPercent([])).to.equal(100);
  });
});
