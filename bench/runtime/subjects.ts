// The runtimes measured: ours and scorm-again (configured as in the differential tests: no commit
// URL, autocommit off, logging off), each reached by its SCORM function names.
import type Scorm12APIClass from 'scorm-again/scorm12';
import * as scorm12 from 'scorm-again/scorm12';
import type Scorm2004APIClass from 'scorm-again/scorm2004';
import * as scorm2004 from 'scorm-again/scorm2004';
import { Scorm12Api } from '../../runtime-1.2/index.ts';
import { Scorm2004Api } from '../../runtime-2004/index.ts';
import { sessionScript12, sessionScript2004, type Call } from './session-script.ts';

export type ApiObject = Record<string, (...args: unknown[]) => string>;

// The ESM builds export the classes by name while the bundled typings declare a default export.
const { Scorm12API } = scorm12 as unknown as { Scorm12API: typeof Scorm12APIClass };
const { Scorm2004API } = scorm2004 as unknown as { Scorm2004API: typeof Scorm2004APIClass };

const peerSettings = { logLevel: 5, autocommit: false, lmsCommitUrl: false } as const;
const learner = { learnerId: 'learner-1', learnerName: 'Doe, Jane' };

export interface Version {
  name: string;
  script: Call[];
  ours(): ApiObject;
  peer(): ApiObject;
}

export const versions: Version[] = [
  {
    name: 'SCORM 1.2',
    script: sessionScript12(),
    ours: () => new Scorm12Api(learner) as unknown as ApiObject,
    peer: () => {
      const api = new Scorm12API(peerSettings);
      api.cmi.core.student_id = learner.learnerId;
      api.cmi.core.student_name = learner.learnerName;
      return api as unknown as ApiObject;
    },
  },
  {
    name: 'SCORM 2004',
    script: sessionScript2004(),
    ours: () => new Scorm2004Api(learner) as unknown as ApiObject,
    peer: () => {
      const api = new Scorm2004API(peerSettings);
      api.cmi.learner_id = learner.learnerId;
      api.cmi.learner_name = learner.learnerName;
      return api as unknown as ApiObject;
    },
  },
];
