/** What the LMS page and Node say to each other: the launch config in, runtime events out. */
import type {
  PersistedState as PersistedState12,
  Scorm12Options,
} from '../../runtime-1.2/index.ts';
import type { Scorm2004Options } from '../../runtime-2004/index.ts';
import type { DismissalType } from '../driver/browser/exit-watch.browser.ts';
import type { Deviation, LmsProfile } from '../profiles/types.ts';
import type { LaunchMode } from '../trace/types.ts';

export type { DismissalType };

/** Runtime options that survive JSON (no clock, no observer: the page supplies those). */
export type PageOptions12 = Omit<Scorm12Options, 'clock' | 'observer'>;
export type PageOptions2004 = Omit<Scorm2004Options, 'clock' | 'observer'>;

/** The LMS page's function that puts its API objects on the API frame (apiWindowDepth > 0). */
export const HAND_APIS = '__harnessHandApis';

export interface LaunchConfig {
  /** Which API objects the page holds: the SCO's version, or both. */
  apis: ('1.2' | '2004')[];
  options12?: PageOptions12;
  options2004?: PageOptions2004;
  mode: LaunchMode;
  /** The API objects go to a frame this many levels below the page instead of the page itself. */
  apiWindowDepth?: number;
  /** The SCO's launch URL on the LMS origin. */
  contentUrl: string;
  /** What the page's own iframe loads: the content, or the first of the nesting pages. */
  firstFrameUrl: string;
  bridgeName: string;
  /** URL path of the nesting pages (documents the exit watch does not report). */
  nestPath: string;
  /** Where the page posts its messages once it is being dismissed (the binding is gone by then). */
  beaconUrl: string;
  /** The LMS quirk profile the API objects answer by; none: the spec runtimes as they are. */
  profile?: LmsProfile;
  /**
   * The content waits for the driver's `__harnessOpenContent()` instead of opening with the page:
   * a window kept from an earlier launch is cleared in between (see puppeteer-driver.ts).
   */
  holdContent?: boolean;
}

/**
 * What the page's `__harnessOpenSink` did: opened a new sink window, handed back the one an
 * earlier launch in the same browser context left open, or got none (popups blocked).
 */
export type SinkOpening = 'opened' | 'reused' | 'none';

/** A document the LMS page watches: the LMS page itself, a nesting page, or the content. */
export type DocumentKind = 'lms' | 'nest' | 'content';

/** What the page sends; `seq` orders messages that took different ways to Node. */
export type PageMessage = { seq: number } & (
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
  | ({
      /** The profile answered a call otherwise than the spec would have (profiles/README.md). */
      type: 'deviation';
      api: '1.2' | '2004';
      t: number;
    } & Deviation)
  | {
      /** A page-dismissal event was dispatched in a document of the launch. */
      type: 'dismissal';
      event: DismissalType;
      persisted: boolean;
      kind: DocumentKind;
      url: string;
      window: 'main' | 'popup';
      t: number;
    }
  | {
      /** A frame of the launch sent a same-origin fetch/XHR (its answer is placed here). */
      type: 'request';
      id: number;
      method: string;
      url: string;
      t: number;
    }
  | {
      /** Every document of a closing window has run all its exit handlers. */
      type: 'window-exit';
      window: 'main' | 'popup';
      documents: number;
      t: number;
    }
  | {
      /** alert/confirm/prompt called during dismissal: Chrome returns at once, no dialog shown. */
      type: 'blocked-dialog';
      kind: 'alert' | 'confirm' | 'prompt';
      message: string;
      during: DismissalType;
      url: string;
      t: number;
    }
);
