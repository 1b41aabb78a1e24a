/**
 * The serve LMS's memory: each launch's page messages (API calls, commits, dismissals) in sequence
 * order, the learner's attempt per SCO (what the last Commit or Terminate persisted, so a relaunch
 * resumes), and the browsers watching, to whom every message is pushed as a server-sent event.
 */
import type { Response } from 'express';
import { AttemptStore, type AttemptKey } from '../lms/attempt-store.ts';
import type { PageMessage } from '../lms/page-protocol.ts';
import type { PersistedLmsState } from '../trace/types.ts';

export interface LaunchRecord {
  id: number;
  /** Index of the SCO in the package's list. */
  sco: number;
  key: AttemptKey;
  /** The attempt this launch resumed, if any. */
  resumed: PersistedLmsState | undefined;
  messages: PageMessage[];
  /** Sequence number of the newest persist applied to the store. */
  lastCommit: number;
}

/** What a watching browser receives for each message. */
export interface HubEvent {
  launch: number;
  sco: number;
  message: PageMessage;
}

export class ServeHub {
  readonly store = new AttemptStore();
  private readonly launches = new Map<number, LaunchRecord>();
  private readonly watchers = new Set<Response>();
  private lastLaunch = 0;

  startLaunch(sco: number, key: AttemptKey): LaunchRecord {
    const record: LaunchRecord = {
      id: ++this.lastLaunch,
      sco,
      key,
      resumed: this.store.get(key),
      messages: [],
      lastCommit: -1,
    };
    this.launches.set(record.id, record);
    return record;
  }

  /** A batch posted by a launch's LMS page; false when the launch is unknown. */
  accept(launchId: number, batch: readonly PageMessage[]): boolean {
    const record = this.launches.get(launchId);
    if (!record) return false;
    for (const message of batch) {
      const at = record.messages.findIndex((m) => m.seq > message.seq);
      record.messages.splice(at === -1 ? record.messages.length : at, 0, message);
      // The newest persist wins, whatever order the posts arrived in.
      if (message.type === 'commit' && message.seq > record.lastCommit) {
        record.lastCommit = message.seq;
        this.store.save(record.key, message.state);
      }
      this.push({ launch: record.id, sco: record.sco, message });
    }
    return true;
  }

  reset(key: AttemptKey): void {
    this.store.clear(key);
  }

  watch(res: Response): void {
    res.writeHead(200, {
      'content-type': 'text/event-stream',
      'cache-control': 'no-store',
      connection: 'keep-alive',
    });
    res.write(': watching\n\n');
    this.watchers.add(res);
    res.on('close', () => this.watchers.delete(res));
  }

  private push(event: HubEvent): void {
    const text = `data: ${JSON.stringify(event)}\n\n`;
    for (const res of this.watchers) res.write(text);
  }

  /** Ends the event streams so the HTTP server can close. */
  close(): void {
    for (const res of this.watchers) res.end();
    this.watchers.clear();
  }
}
