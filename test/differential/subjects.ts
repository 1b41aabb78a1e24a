// The pairs under comparison, per version: our runtime and scorm-again, both launched as a first
// attempt for the same learner, plus the model and seed that drive the generator.
import { Scorm12Api } from '../../runtime-1.2/index.ts';
import { Scorm2004Api } from '../../runtime-2004/index.ts';
import type { VersionModel } from './model.ts';
import { model12 } from './model-12.ts';
import { model2004 } from './model-2004.ts';
import { LEARNER, peer12, peer2004, type ApiObject } from './peer.ts';

export type OurApi = ApiObject & { state(): string };

export interface Subject {
  model: VersionModel;
  seed: number;
  ours(): OurApi;
  peer(): ApiObject;
}

const launch = { learnerId: LEARNER.id, learnerName: LEARNER.name };

export const subjects: readonly Subject[] = [
  {
    model: model12,
    seed: 0x5c0a12,
    ours: () => new Scorm12Api(launch) as unknown as OurApi,
    peer: peer12,
  },
  {
    model: model2004,
    seed: 0x5c0a2004,
    ours: () => new Scorm2004Api(launch) as unknown as OurApi,
    peer: peer2004,
  },
];
