/** Package loading: a folder or .zip in, the SCOs and their manifest settings out. */
export { loadPackage } from './load.ts';
export { DEFAULT_UNZIP_LIMITS } from './unzip.ts';
export { applyParameters } from './launch-url.ts';
export type {
  CompletionThreshold,
  DeliveryControls,
  LoadOptions,
  PrimaryObjective,
  Sco,
  Sco12Settings,
  Sco2004Settings,
  Scorm2004Edition,
  ScormPackage,
  ScormVersion,
  UnzipLimits,
  VersionEvidence,
} from './types.ts';
