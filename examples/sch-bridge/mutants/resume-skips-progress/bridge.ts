/**
 * Mutant of core/bridge.ts: a resumed launch does not read the learner's practice progress (it
 * counts on what the last launch reported), so progress made since then never reaches the LMS or
 * the player until the learner syncs.
 *
 * The bridge's session logic, free of DOM and network details: it talks to the LMS through a
 * ScormConnection, to SecureCodingHub through a BackendClient, and takes time from injected
 * clock and timers. src/main.ts wires it to the page; tests wire it to the runtimes.
 */
import type { BackendClient, Bookmark, SessionRecord } from '../../src/backend/types.ts';
import type { ApiErrorRecord, ScormConnection } from '../../src/scorm/connection.ts';
import type { PracticeProgress } from '../../src/core/completion.ts';
import { Heartbeat, type Timers } from '../../src/core/heartbeat.ts';
import { heartbeatPayload } from '../../src/core/heartbeat-payload.ts';
import { markIncompleteOnLaunch } from '../../src/core/launch-status.ts';
import { READ_ELEMENTS } from '../../src/core/lms-elements.ts';
import { buildReport, type ElementWrites, type LmsReport } from '../../src/core/lms-report.ts';
import { openSession } from '../../src/core/open-session.ts';
import { writes12 } from '../../src/core/report-12.ts';
import { writes2004 } from '../../src/core/report-2004.ts';
import { decodeSuspendData } from '../../src/core/suspend-data.ts';
import type { BridgeView, BridgeViewState } from '../../src/core/view-state.ts';

export interface Clock {
  now(): number;
}

export interface BridgeDeps {
  lms: ScormConnection;
  backend: BackendClient;
  clock: Clock;
  timers: Timers;
  view: BridgeView;
  /** The `sid` launch parameter, if the launcher created the session already. */
  launchSid: string | undefined;
}

const WRITERS: Record<ScormConnection['version'], (report: LmsReport) => ElementWrites> = {
  '1.2': writes12,
  '2004': writes2004,
};

export class SchBridge {
  private readonly heartbeat: Heartbeat;
  private readonly apiErrors: ApiErrorRecord[];
  private session: SessionRecord | undefined;
  private progress: PracticeProgress = { assignments: [], challenges: [] };
  private startedAt = 0;
  private initialized = false;
  private state: BridgeViewState;

  /** `apiErrors` is the list the connection's error callback appends to. */
  constructor(
    private readonly deps: BridgeDeps,
    apiErrors: ApiErrorRecord[],
  ) {
    this.apiErrors = apiErrors;
    this.state = {
      phase: 'starting',
      version: deps.lms.version,
      entry: '',
      sid: undefined,
      resumed: false,
      bookmark: undefined,
      report: undefined,
      heartbeats: 0,
      pending: 0,
      apiErrors,
      problem: undefined,
    };
    this.heartbeat = new Heartbeat(deps.timers, {
      recommit: () => this.commitReport(),
      send: () => this.sendHeartbeat(),
      onSendError: (error) => this.problem(error),
    });
  }

  get terminated(): boolean {
    return this.state.phase === 'terminated';
  }

  /** Initialize, mark incomplete, start the heartbeat, find the session, report. */
  async start(): Promise<void> {
    const { lms } = this.deps;
    if (!lms.initialize()) {
      this.update({ phase: 'failed', problem: 'the LMS refused Initialize' });
      return;
    }
    this.initialized = true;
    this.startedAt = this.deps.clock.now();
    markIncompleteOnLaunch(lms);
    // Beats count from Initialize, not from when the network answers; a beat before the session
    // is known does nothing.
    this.heartbeat.start();
    const elements = READ_ELEMENTS[lms.version];
    const entry = lms.get(elements.entry);
    const resumeSid =
      entry === 'resume' ? decodeSuspendData(lms.get(elements.suspendData)) : undefined;
    const learner = { id: lms.get(elements.learnerId), name: lms.get(elements.learnerName) };
    this.update({ entry });
    await this.track(async () => {
      const opened = await openSession(this.deps.backend, {
        resumeSid,
        launchSid: this.deps.launchSid,
        learner,
      });
      if (this.terminated) return;
      this.session = opened.session;
      this.update({
        sid: opened.session.id,
        resumed: opened.resumed,
        bookmark: opened.session.bookmark,
      });
    });
    if (this.terminated) return;
    if (!this.session) {
      this.heartbeat.stop();
      this.update({ phase: 'failed' });
      return;
    }
    // Without progress the report says incomplete and no score, which is the safe side.
    // A resumed session's progress was reported in its last launch: the LMS has it already.
    if (!this.state.resumed) await this.syncProgress();
    if (this.terminated) return;
    if (!this.state.report) this.commitReport();
    this.update({ phase: 'running' });
  }

  /** The learner finished a challenge in the player; the backend records it. */
  completeChallenge(challengeId: string, score: number): Promise<void> {
    return this.withSession(async (sid) => {
      const progress = await this.deps.backend.completeChallenge(sid, challengeId, score);
      if (this.terminated) return;
      this.progress = progress;
      this.commitReport();
    });
  }

  /** Re-read progress recorded on the backend by other means (e.g. a scenario's fixture). */
  syncProgress(): Promise<void> {
    return this.withSession(async (sid) => {
      const progress = await this.deps.backend.getProgress(sid);
      if (this.terminated) return;
      this.progress = progress;
      this.commitReport();
    });
  }

  /** The learner moved in the player; the bookmark lives server-side. */
  moveBookmark(change: Partial<Bookmark>): Promise<void> {
    return this.withSession(async (sid) => {
      const current = this.state.bookmark ?? { topic: '', challenge: '', phase: 1, hints: [] };
      const bookmark = { ...current, ...change };
      this.update({ bookmark });
      await this.deps.backend.saveBookmark(sid, bookmark);
    });
  }

  revealHint(hint: string): Promise<void> {
    const hints = this.state.bookmark?.hints ?? [];
    return this.moveBookmark({ hints: hints.includes(hint) ? hints : [...hints, hint] });
  }

  /** Terminate exactly once: from the finish button or from pagehide/unload; never uninitialized. */
  finish(): void {
    if (this.terminated || !this.initialized) return;
    this.heartbeat.stop();
    if (this.session) this.writeReport();
    this.deps.lms.terminate();
    this.update({ phase: 'terminated' });
  }

  private currentReport(): LmsReport | undefined {
    if (!this.session) return undefined;
    const elapsed = this.deps.clock.now() - this.startedAt;
    const bookmark = this.state.bookmark ?? this.session.bookmark;
    return buildReport(this.progress, elapsed, this.session.id, bookmark);
  }

  private writeReport(): void {
    const report = this.currentReport();
    if (!report) return;
    for (const [element, value] of WRITERS[this.deps.lms.version](report)) {
      this.deps.lms.set(element, value);
    }
    this.update({ report });
  }

  private commitReport(): void {
    if (this.terminated || !this.session) return;
    this.writeReport();
    this.deps.lms.commit();
  }

  private async sendHeartbeat(): Promise<void> {
    const report = this.currentReport();
    if (!report) return;
    this.update({ heartbeats: this.state.heartbeats + 1 });
    await this.track(() =>
      this.deps.backend.heartbeat(heartbeatPayload(this.deps.lms.version, report)),
    );
  }

  private withSession(work: (sid: string) => Promise<void>): Promise<void> {
    const sid = this.session?.id;
    if (sid === undefined || this.terminated) return Promise.resolve();
    return this.track(() => work(sid));
  }

  /** Counts work in flight for the page, and turns a backend failure into a visible problem. */
  private async track(work: () => Promise<void>): Promise<void> {
    this.update({ pending: this.state.pending + 1 });
    try {
      await work();
    } catch (error) {
      this.problem(error);
    } finally {
      this.update({ pending: this.state.pending - 1 });
    }
  }

  private problem(error: unknown): void {
    this.update({ problem: error instanceof Error ? error.message : String(error) });
  }

  private update(change: Partial<BridgeViewState>): void {
    this.state = { ...this.state, ...change, apiErrors: this.apiErrors };
    this.deps.view.render(this.state);
  }
}
