/**
 * The browser behind a small interface, so scenarios and the session API never touch Puppeteer
 * and a jsdom backend can slot in later. One BrowserDriver per run; one DriverSession per launch,
 * each in its own isolated browser context. Everything the browser does that the trace records
 * arrives through the session's `onEvent` callback.
 */
import type { DialogKind, LaunchMode } from '../trace/types.ts';

/** How the harness answers dialogs; the answer is recorded with the dialog. */
export interface DialogPolicy {
  /** confirm(): true = OK. */
  confirm: boolean;
  /** prompt(): the text to answer, or null to cancel. */
  prompt: string | null;
  /** beforeunload "Leave site?": true = leave. */
  beforeunload: boolean;
}

export const DEFAULT_DIALOG_POLICY: DialogPolicy = {
  confirm: true,
  prompt: '',
  beforeunload: true,
};

/** A local answer for a request to a host other than the LMS; null blocks it. */
export type OutsideAnswer = { status: number; contentType: string; body: Buffer } | null;

export type DriverEvent =
  /** A message the LMS page sent through the bridge binding (JSON text). */
  | { kind: 'bridge'; payload: string }
  | { kind: 'dialog'; dialog: DialogKind; message: string; accept: boolean; text?: string }
  | { kind: 'console'; level: 'log' | 'info' | 'warn' | 'error' | 'debug'; text: string }
  | { kind: 'page-error'; text: string }
  | { kind: 'navigation'; url: string; topLevel: boolean; window: WindowRole }
  | { kind: 'popup'; url: string }
  | { kind: 'window-closed'; window: WindowRole }
  | { kind: 'crash'; detail: string }
  | {
      kind: 'outside-request';
      method: string;
      url: string;
      status: number;
      requestBody?: string;
      responseBody?: string;
      blocked: boolean;
      /** Virtual ms since launch at which the page sent it, when the page said (fetch/XHR). */
      sentAt?: number;
    };

const TEXT_TYPE = /^text\/|json|javascript|xml/;

/** The event for a request to another host and the answer it got (null: blocked). */
export function outsideEvent(
  request: { method: string; url: string; requestBody?: string; sentAt?: number },
  answer: OutsideAnswer,
): DriverEvent {
  const { method, url, requestBody, sentAt } = request;
  return {
    kind: 'outside-request',
    method,
    url,
    status: answer?.status ?? 0,
    blocked: answer === null,
    ...(requestBody !== undefined ? { requestBody } : {}),
    ...(answer && TEXT_TYPE.test(answer.contentType)
      ? { responseBody: answer.body.toString('utf8') }
      : {}),
    ...(sentAt !== undefined ? { sentAt } : {}),
  };
}

/** The first window of a session is the main one; windows it (or its content) opens are popups. */
export type WindowRole = 'main' | 'popup';

export interface DriverSessionOptions {
  /** Origin of the LMS (`http://127.0.0.1:port`); requests elsewhere are outside requests. */
  lmsOrigin: string;
  /** A page on the LMS origin a window goes to when the learner navigates it away. */
  leaveUrl: string;
  /** An empty page on the LMS origin where a spare window waits for its first launch (drivers that keep spares). */
  idleUrl: string;
  /** Epoch milliseconds the virtual clock starts at (what content's `new Date()` reads). */
  clockStart: number;
  dialogs: DialogPolicy;
  answerOutside(method: string, url: string): OutsideAnswer;
  /** Name of the function the LMS page calls to send bridge messages to Node. */
  bridgeName: string;
  onEvent(event: DriverEvent): void;
}

export interface DriverSession {
  /** Navigates the main window and resolves once its document has loaded. */
  goto(url: string): Promise<void>;
  /** Evaluates an expression in the main window (as a user gesture), awaiting a returned promise. */
  evaluate<T>(expression: string): Promise<T>;
  /** Evaluates an expression that opens a popup (a user gesture); resolves once the popup loaded. */
  openPopup(expression: string): Promise<void>;
  /** Advances the shared virtual clock; resolves to virtual ms since the clock started. */
  tick(ms: number): Promise<number>;
  /**
   * Closes a window as a learner would: beforeunload (a "Leave site?" prompt answered per policy,
   * reported as a dialog event), then pagehide and unload. Resolves when the window is gone or the
   * learner chose to stay; the LMS page reports when the frames' exit handlers have all run.
   */
  closeWindow(window: WindowRole): Promise<void>;
  /**
   * Gives the window the user activation a learner's click would (Chrome shows a beforeunload
   * prompt only to pages that had one). Drivers without user activation leave it out.
   */
  activate?(window: WindowRole): Promise<void>;
  /**
   * Navigates a window away to `url`, as a learner following a link or typing an address would:
   * beforeunload (answered per policy), then the old documents' pagehide and unload. Resolves once
   * the new page committed or the learner chose to stay. Drivers that cannot navigate leave it out.
   */
  navigateAway?(window: WindowRole, url: string): Promise<void>;
  /** Resolves once the main window's page answers (no user gesture): the hang watchdog's probe. */
  probe?(): Promise<void>;
  /**
   * Stops the script the session's windows are running (content stuck in an endless loop), so the
   * page can answer again before it is torn down. Drivers that cannot leave it out.
   */
  interrupt?(): Promise<void>;
  /** Kills the main window's renderer, as a browser crash would. */
  crash(): Promise<void>;
  /**
   * Ends the session's browser context without running any page handler: closed, or cleared
   * (storage, cookies, windows, scripts) and kept for a later launch.
   */
  dispose(): Promise<void>;
}

export interface BrowserDriver {
  openSession(options: DriverSessionOptions): Promise<DriverSession>;
  /**
   * Why this driver cannot open launches in `mode`, or undefined when it can. Drivers that open
   * every mode leave it out; the gate reports the runs a driver cannot open as skipped, with this.
   */
  unsupportedLaunch?(mode: LaunchMode): string | undefined;
  close(): Promise<void>;
}
