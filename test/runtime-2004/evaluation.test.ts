// LMS-side evaluation: completion/success status at GetValue time and the sequencing tracking
// outcome at Terminate (scorm-runtime.md#status-evaluation-2004, #manifest-initial-values,
// #sequencing-mapping, #auto-completion).
import { expect } from 'chai';
import { Scorm2004Api, type Scorm2004Options } from '../../runtime-2004/index.ts';
import { get, running, set } from './helpers.ts';

describe('runtime-2004 status evaluation', () => {
  // [options, SetValues, expected completion_status, expected success_status]
  const table: [string, Scorm2004Options, [string, string][], string, string][] = [
    ['nothing set, no threshold', {}, [], 'unknown', 'unknown'],
    [
      'SCO values stand without threshold',
      {},
      [
        ['cmi.completion_status', 'completed'],
        ['cmi.success_status', 'passed'],
      ],
      'completed',
      'passed',
    ],
    [
      'measures do not matter without threshold',
      {},
      [
        ['cmi.completion_status', 'not attempted'],
        ['cmi.progress_measure', '1'],
        ['cmi.score.scaled', '1'],
        ['cmi.success_status', 'failed'],
      ],
      'not attempted',
      'failed',
    ],
    ['threshold, no measure', { completionThreshold: 0.8 }, [], 'unknown', 'unknown'],
    [
      'threshold, measure below',
      { completionThreshold: 0.8 },
      [
        ['cmi.completion_status', 'not attempted'],
        ['cmi.progress_measure', '0.5'],
      ],
      'incomplete',
      'unknown',
    ],
    [
      'threshold, measure above',
      { completionThreshold: 0.8 },
      [
        ['cmi.completion_status', 'incomplete'],
        ['cmi.progress_measure', '0.9'],
      ],
      'completed',
      'unknown',
    ],
    [
      'threshold, measure equal',
      { completionThreshold: 0.8 },
      [['cmi.progress_measure', '0.8']],
      'completed',
      'unknown',
    ],
    [
      'passing score -0.5, scaled -0.5',
      { scaledPassingScore: -0.5 },
      [
        ['cmi.success_status', 'failed'],
        ['cmi.score.scaled', '-0.5'],
      ],
      'unknown',
      'passed',
    ],
    [
      'passing score -0.5, scaled -1.0',
      { scaledPassingScore: -0.5 },
      [['cmi.score.scaled', '-1.0']],
      'unknown',
      'failed',
    ],
    [
      'passing score -0.5, scaled -0.2',
      { scaledPassingScore: -0.5 },
      [['cmi.score.scaled', '-0.2']],
      'unknown',
      'passed',
    ],
    [
      '0.6/0.6, SCO says completed/passed without measures',
      { completionThreshold: 0.6, scaledPassingScore: 0.6 },
      [
        ['cmi.completion_status', 'completed'],
        ['cmi.success_status', 'passed'],
      ],
      'unknown',
      'unknown',
    ],
    [
      '0.6/0.6, 0.7/0.7 then SCO says otherwise',
      { completionThreshold: 0.6, scaledPassingScore: 0.6 },
      [
        ['cmi.progress_measure', '0.7'],
        ['cmi.score.scaled', '0.7'],
        ['cmi.completion_status', 'incomplete'],
        ['cmi.success_status', 'failed'],
      ],
      'completed',
      'passed',
    ],
    [
      '0.6/0.6, 0.5/0.5',
      { completionThreshold: 0.6, scaledPassingScore: 0.6 },
      [
        ['cmi.progress_measure', '0.5'],
        ['cmi.score.scaled', '0.5'],
      ],
      'incomplete',
      'failed',
    ],
    [
      'primary objective satisfied by measure, default 1.0',
      { objectives: [{ id: 'p', satisfiedByMeasure: true }] },
      [['cmi.score.scaled', '0.99']],
      'unknown',
      'failed',
    ],
    [
      'primary objective satisfied by measure 0.5',
      { objectives: [{ id: 'p', satisfiedByMeasure: true, minNormalizedMeasure: 0.5 }] },
      [['cmi.score.scaled', '0.5']],
      'unknown',
      'passed',
    ],
    [
      'minNormalizedMeasure without satisfiedByMeasure is ignored',
      { objectives: [{ id: 'p', minNormalizedMeasure: 0.5 }] },
      [
        ['cmi.success_status', 'failed'],
        ['cmi.score.scaled', '0.9'],
      ],
      'unknown',
      'failed',
    ],
  ];
  for (const [name, options, sets, completion, success] of table) {
    it(name, () => {
      const api = running(options);
      for (const [element, value] of sets)
        expect(set(api, element, value)).to.deep.equal(['true', '0']);
      expect(get(api, 'cmi.completion_status')).to.deep.equal([completion, '0']);
      expect(get(api, 'cmi.success_status')).to.deep.equal([success, '0']);
      api.Terminate('');
      expect(api.persistedState().data['cmi.completion_status']).to.equal(completion);
      expect(api.persistedState().data['cmi.success_status']).to.equal(success);
    });
  }

  it('reports the manifest values', () => {
    const api = running({
      completionThreshold: 0.8,
      objectives: [{ id: 'p', satisfiedByMeasure: true }],
      maxTimeAllowed: 'PT1H',
      timeLimitAction: 'exit,message',
      launchData: 'Launch Data Test',
    });
    expect(get(api, 'cmi.completion_threshold')).to.deep.equal(['0.8', '0']);
    expect(get(api, 'cmi.scaled_passing_score')).to.deep.equal(['1.0', '0']);
    expect(get(api, 'cmi.max_time_allowed')).to.deep.equal(['PT1H', '0']);
    expect(get(api, 'cmi.time_limit_action')).to.deep.equal(['exit,message', '0']);
    expect(get(api, 'cmi.launch_data')).to.deep.equal(['Launch Data Test', '0']);
    expect(get(api, 'cmi.objectives.0.id')).to.deep.equal(['p', '0']);
  });
});

describe('runtime-2004 tracking outcome at Terminate', () => {
  // [options, SetValues, expected tracking]
  const table: [string, Scorm2004Options, [string, string][], object][] = [
    [
      'nothing reported: auto-completed and satisfied',
      {},
      [],
      {
        completionStatus: 'completed',
        successStatus: 'passed',
        autoCompleted: true,
        autoSatisfied: true,
      },
    ],
    [
      'completionSetByContent / objectiveSetByContent: no auto status',
      { completionSetByContent: true, objectiveSetByContent: true },
      [],
      {
        completionStatus: 'unknown',
        successStatus: 'unknown',
        autoCompleted: false,
        autoSatisfied: false,
      },
    ],
    [
      'incomplete reported prevents auto-completion',
      {},
      [['cmi.completion_status', 'incomplete']],
      {
        completionStatus: 'incomplete',
        successStatus: 'passed',
        autoCompleted: false,
        autoSatisfied: true,
      },
    ],
    [
      'not attempted counts as incomplete',
      {},
      [
        ['cmi.completion_status', 'not attempted'],
        ['cmi.success_status', 'failed'],
      ],
      {
        completionStatus: 'incomplete',
        successStatus: 'failed',
        autoCompleted: false,
        autoSatisfied: false,
      },
    ],
    [
      'suspended attempts do not end',
      {},
      [['cmi.exit', 'suspend']],
      {
        completionStatus: 'unknown',
        successStatus: 'unknown',
        autoCompleted: false,
        autoSatisfied: false,
      },
    ],
    [
      'suspendAll suspends',
      {},
      [['adl.nav.request', 'suspendAll']],
      {
        completionStatus: 'unknown',
        successStatus: 'unknown',
        autoCompleted: false,
        autoSatisfied: false,
      },
    ],
    [
      'evaluated values feed tracking',
      { completionThreshold: 0.5, scaledPassingScore: 0.5 },
      [
        ['cmi.progress_measure', '0.4'],
        ['cmi.score.scaled', '0.9'],
      ],
      {
        completionStatus: 'incomplete',
        successStatus: 'passed',
        autoCompleted: false,
        autoSatisfied: false,
      },
    ],
    [
      'review mode is no attempt',
      { mode: 'review' },
      [],
      {
        completionStatus: 'unknown',
        successStatus: 'unknown',
        autoCompleted: false,
        autoSatisfied: false,
      },
    ],
  ];
  for (const [name, options, sets, tracking] of table) {
    it(name, () => {
      const api = running(options);
      for (const [element, value] of sets) api.SetValue(element, value);
      api.Terminate('');
      expect(api.persistedState().tracking).to.deep.equal(tracking);
    });
  }

  it('a Commit does not end the attempt', () => {
    const api = running();
    api.Commit('');
    expect(api.persistedState().tracking).to.include({
      autoCompleted: false,
      autoSatisfied: false,
    });
  });

  it('is present on a never-launched API', () => {
    expect(new Scorm2004Api().persistedState().tracking?.completionStatus).to.equal('unknown');
  });
});
