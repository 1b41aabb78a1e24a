/** What the LMS page and Node say to each other: the launch config in, runtime events out. */
import type {
  PersistedState as PersistedState12,
  Scorm12Options,
} from '../../runtime-1.2/index.ts';
import type { Scorm2004Options } from '../../runtime-2004/index.ts';
import type { LaunchMode } from '../trace/types.ts';

/** Runtime options that survive JSON (no clock, no observer: the page supplies those). */
export type PageOptions12 = Omit<Scorm12Options, 'clock' | 'observer'>;
export type PageOptions2004 = Omit<Scorm2004Options, 'clock' | 'observer'>;

export interface LaunchConfig {
  /** Which API objects the page holds: the SCO's version, or both. */
  apis: ('1.2' | '2004')[];
  options12?: PageOptions12;
  options2004?: PageOptions2004;
  mode: LaunchMode;
  /** The SCO's launch URL on the LMS origin. */
  contentUrl: string;
  /** What the page's own iframe loads: the content, or the first of the nesting pages. */
  firstFrameUrl: string;
  bridgeName: string;
}

export type PageMessage =
  | {
      type: 'api';
      api: '1.2' | '2004';
      fn: string;
      args: string[];
      result: string;
      error: string;
      t: number;
    }
  | {
      type: 'commit';
      api: '1.2' | '2004';
      reason: 'commit' | 'terminate';
      state: PersistedState12;
      t: number;
    }
  | { type: 'unload'; t: number };
