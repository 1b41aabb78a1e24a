/**
 * Mutant of core/heartbeat.ts: stop() forgets to clear the interval, so beats keep going to the
 * backend after Terminate.
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
  }

  get active(): boolean {
    return this.running;
  }

  private tick(): void {
    this.actions.recommit();
    this.actions.send().catch((error: unknown) => this.actions.onSendError(error));
  }
}
