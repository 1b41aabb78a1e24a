import { expect } from 'chai';
import { markIncompleteOnLaunch } from '../../../../../examples/sch-bridge/src/core/launch-status.ts';
import type { ScormConnection } from '../../../../../examples/sch-bridge/src/scorm/connection.ts';

function fakeLms(version: '1.2' | '2004', status: string) {
  const log: string[] = [];
  const lms: ScormConnection = {
    version,
    initialize: () => true,
    terminate: () => true,
    get: (e) => (log.push(`get ${e}`), status),
    set: (e, v) => (log.push(`set ${e}=${v}`), true),
    commit: () => (log.push('commit'), true),
  };
  return { lms, log };
}

describe('sch-bridge incomplete on launch', () => {
  const cases: Array<['1.2' | '2004', string, boolean]> = [
    ['1.2', 'not attempted', true],
    ['1.2', 'incomplete', true],
    ['1.2', 'passed', false],
    ['1.2', 'failed', false],
    ['1.2', 'completed', false],
    ['2004', 'unknown', true],
    ['2004', 'not attempted', true],
    ['2004', 'incomplete', true],
    ['2004', 'completed', false],
  ];
  for (const [version, status, marks] of cases) {
    it(`${version} with status "${status}": ${marks ? 'sets incomplete and commits' : 'keeps the final status'}`, () => {
      const { lms, log } = fakeLms(version, status);
      markIncompleteOnLaunch(lms);
      const element = version === '1.2' ? 'cmi.core.lesson_status' : 'cmi.completion_status';
      expect(log).to.deep.equal(
        marks ? [`get ${element}`, `set ${element}=incomplete`, 'commit'] : [`get ${element}`],
      );
    });
  }
});
