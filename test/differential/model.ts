// The shape of a version's data model as the differential generator sees it: which element
// names exist (with `n`/`m` index placeholders), how they may be accessed, and which value
// pool feeds their SetValue calls.
import type { Pool } from './values.ts';

/**
 * rw/ro/wo: real elements; keyword: `_children`/`_count`/`_version` where they exist;
 * bad-keyword: a keyword on an element that has none; wrong-version: the other SCORM version's
 * name; unknown: not a data model name at all.
 */
export type Access = 'rw' | 'ro' | 'wo' | 'keyword' | 'bad-keyword' | 'wrong-version' | 'unknown';

export interface ElementSpec {
  path: string;
  access: Access;
  /** 'response' / 'pattern': pick the pool by the interaction's type (2004). */
  pool: Pool | 'response' | 'pattern';
}

export type GenericFn =
  | 'Initialize'
  | 'Terminate'
  | 'GetValue'
  | 'SetValue'
  | 'Commit'
  | 'GetLastError'
  | 'GetErrorString'
  | 'GetDiagnostic';

export interface VersionModel {
  version: '1.2' | '2004';
  /** SCORM function name for each generic function. */
  fns: Record<GenericFn, string>;
  elements: readonly ElementSpec[];
  /** Arguments for GetErrorString / GetDiagnostic. */
  errorCodes: readonly string[];
  /**
   * Whether a valid SetValue of `path` at index = _count of the array `root` (both templates,
   * e.g. 'cmi.interactions.n.objectives.m.id' and 'cmi.interactions.n.objectives') creates the record.
   */
  createsRecord(path: string, root: string): boolean;
  responses?: Record<string, Pool>;
  patterns?: Record<string, Pool>;
}
