/**
 * Mutant of core/heartbeat.ts: "beat, then commit": a tick re-commits the LMS only once the
 * backend has answered its POST, so while a reply hangs the LMS gets no re-commit.
 */
export const HEARTBEAT_INTERVAL_MS = 60_000;

export interface Timers {
  setInterval(fn: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
}

export interface HeartbeatActions {
  /** Re-write status, score, session time and suspend_data, then Commit. */
  recommit(): void;
  /** The backend POST. */
  send(): Promise<void>;
  onSendError(error: unknown): void;
}

export class Heartbeat {
  private handle: unknown;
  private running = false;

  constructor(
    private readonly timers: Timers,
    private readonly actions: HeartbeatActions,
  ) {}

  start(): void {
    if (this.running) return;
    this.running = true;
    this.handle = this.timers.setInterval(() => this.tick(), HEARTBEAT_INTERVAL_MS);
  }

  stop(): void {
    if (!this.running) return;
    this.running = false;
    this.timers.clearInterval(this.handle);
  }

  get active(): boolean {
    return this.running;
  }

  private tick(): void {
    if (!this.running) return;
    this.actions.send().then(
      () => this.actions.recommit(),
      (error: unknown) => this.actions.onSendError(error),
    );
  }
}
