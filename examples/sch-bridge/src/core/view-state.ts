/** What the page shows; the DOM view renders it (src/page/dom-view.ts). */
import type { Bookmark } from '../backend/types.ts';
import type { ApiErrorRecord } from '../scorm/connection.ts';
import type { LmsReport } from './lms-report.ts';
import type { ScormVersion } from './scorm-version.ts';

export type BridgePhase = 'starting' | 'running' | 'terminated' | 'failed';

export interface BridgeViewState {
  phase: BridgePhase;
  version: ScormVersion;
  entry: string;
  sid: string | undefined;
  resumed: boolean;
  bookmark: Bookmark | undefined;
  report: LmsReport | undefined;
  heartbeats: number;
  /** Backend calls in flight; scenarios wait for 0. */
  pending: number;
  apiErrors: ApiErrorRecord[];
  problem: string | undefined;
}

export interface BridgeView {
  render(state: BridgeViewState): void;
}
