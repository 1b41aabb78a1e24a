/** SCORM 1.2 LMS runtime: pure TypeScript, no DOM, no Node APIs, clock injected. */
export { Scorm12Api } from './api.ts';
export type { Scorm12Options } from './options.ts';
export type { ApiState, Clock, PersistedState, RuntimeEvent, RuntimeObserver } from './contract.ts';
export { Scorm12Error, ERROR_STRINGS, type Scorm12ErrorCode } from './error-codes.ts';
export { DATA_MODEL, type ElementSpec, type NodeSpec, type Access } from './data-model.ts';
export { checkType, checkTypes, type DataType } from './data-types.ts';
export { feedbackFormatFailure } from './interaction-formats.ts';
export type { FeedbackCheck } from './cmi-store.ts';
export { evaluateLessonStatus, type FinishFacts, type StatusChange } from './lesson-status.ts';
