/** SCORM 2004 LMS runtime (2nd, 3rd and 4th edition): the API class and its public types. */
export { Scorm2004Api } from './api.ts';
export { RuntimeOptionsError } from './options.ts';
export type {
  LmsComment,
  ManifestObjective,
  RequestValidity,
  Scorm2004Options,
  SharedDataMap,
} from './options.ts';
export type {
  ApiState,
  Clock,
  Edition,
  PersistedState,
  RuntimeEvent,
  RuntimeObserver,
  TrackingOutcome,
} from './types.ts';
export { ErrorCode, errorStrings } from './error-codes.ts';
export { dataModel } from './data-model.ts';
