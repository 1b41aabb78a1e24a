/**
 * Puts the page's same-origin requests (fetch/XHR) in the trace where the page sent them. The page
 * announces each one in its message order; the LMS reports its answer when the request completes,
 * which for concurrent requests is any order (measured: a heartbeat's POST at 900 000 answered after
 * the one at 1 200 000). Page messages after an announced request wait until its answer is in, so
 * the trace stays in send order, which is virtual-time order.
 */
import type { HttpRecord } from '../lms/http-recording.ts';
import type { PageMessage } from '../lms/page-protocol.ts';
import type { UnnumberedEvent } from '../trace/types.ts';

export type SentRequest = Extract<PageMessage, { type: 'request' }>;
/** Every page message but a request announcement. */
export type OtherMessage = Exclude<PageMessage, SentRequest>;

/** The trace event of a request the LMS served, at virtual time `t`. */
export function httpEventOf(record: HttpRecord, t: number): UnnumberedEvent {
  const { method, url, status, target, requestBody, responseBody, truncated } = record;
  return {
    type: 'http',
    t,
    method,
    url,
    status,
    target,
    ...(requestBody !== undefined ? { requestBody } : {}),
    ...(responseBody !== undefined ? { responseBody } : {}),
    ...(truncated ? { truncated } : {}),
  };
}

export class RequestPlacement {
  private readonly answers = new Map<number, HttpRecord>();
  private readonly queue: PageMessage[] = [];
  private waitingFor: SentRequest | undefined;
  private idleWaiters: (() => void)[] = [];

  constructor(
    /** Every page message other than a request announcement, in page order. */
    private readonly deliver: (message: OtherMessage) => void,
    /** A request at its place, with the LMS's answer (undefined: none came before the end). */
    private readonly place: (request: SentRequest, answer: HttpRecord | undefined) => void,
  ) {}

  /** Page messages, in page order. */
  accept(message: PageMessage): void {
    if (this.waitingFor) this.queue.push(message);
    else this.handle(message);
  }

  /** The LMS's record of an announced request (any order). */
  answered(id: number, record: HttpRecord): void {
    if (this.waitingFor?.id !== id) {
      this.answers.set(id, record);
      return;
    }
    const request = this.waitingFor;
    this.waitingFor = undefined;
    this.place(request, record);
    this.drain();
  }

  /** Resolves once every request announced so far is in the trace. */
  settled(): Promise<void> {
    if (!this.waitingFor) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** The page is gone: requests never answered are placed without an answer. */
  flush(): void {
    while (this.waitingFor) {
      const request = this.waitingFor;
      this.waitingFor = undefined;
      this.place(request, undefined);
      this.drain();
    }
  }

  private handle(message: PageMessage): void {
    if (message.type !== 'request') {
      this.deliver(message);
      return;
    }
    const answer = this.answers.get(message.id);
    if (!answer) {
      this.waitingFor = message;
      return;
    }
    this.answers.delete(message.id);
    this.place(message, answer);
  }

  private drain(): void {
    while (!this.waitingFor && this.queue.length > 0) this.handle(this.queue.shift()!);
    if (!this.waitingFor) for (const resolve of this.idleWaiters.splice(0)) resolve();
  }
}
