/**
 * The LMS page's messages on their way into the trace: put back in the page's order (they reach
 * Node by two ways, the bridge binding and, once the page is being dismissed, beacons posted to the
 * LMS), and turned into trace events.
 */
import type { PageMessage } from '../lms/page-protocol.ts';
import type { UnnumberedEvent } from '../trace/types.ts';

/** Delivers messages in `seq` order, once each, holding back those that overtook others. */
export class MessageOrder {
  private next = 0;
  private readonly held = new Map<number, PageMessage>();

  constructor(private readonly deliver: (message: PageMessage) => void) {}

  accept(messages: readonly PageMessage[]): void {
    for (const message of messages) {
      if (message.seq >= this.next) this.held.set(message.seq, message);
    }
    for (let message = this.held.get(this.next); message; message = this.held.get(this.next)) {
      this.held.delete(this.next);
      this.next += 1;
      this.deliver(message);
    }
  }

  /** The page is gone: what is still held is delivered in order, over the gaps. */
  flush(): void {
    for (const seq of [...this.held.keys()].sort((a, b) => a - b)) {
      const message = this.held.get(seq)!;
      this.held.delete(seq);
      this.next = seq + 1;
      this.deliver(message);
    }
  }
}

export function parseMessages(payload: string): PageMessage[] {
  try {
    const parsed = JSON.parse(payload) as unknown;
    return Array.isArray(parsed) ? (parsed as PageMessage[]) : [];
  } catch {
    return [];
  }
}

const WHERE = { lms: 'the LMS page', nest: 'a nesting page', content: 'the content' } as const;

/** Trace events for a page message other than api and commit (which the session handles). */
export function eventsOf(
  message: Exclude<PageMessage, { type: 'api' } | { type: 'commit' } | { type: 'request' }>,
): UnnumberedEvent[] {
  const { t } = message;
  switch (message.type) {
    case 'dismissal': {
      const cached = message.persisted ? ', kept in the back/forward cache' : '';
      return [
        {
          type: 'lifecycle',
          t,
          what: 'unload',
          url: message.url,
          detail: `${message.event} in ${WHERE[message.kind]} (${message.window} window${cached})`,
        },
      ];
    }
    case 'window-exit':
      return [
        {
          type: 'lifecycle',
          t,
          what: 'unload',
          detail: `every exit handler has run in the ${message.window} window (${message.documents} documents)`,
        },
      ];
    case 'deviation':
      return [
        {
          type: 'deviation',
          t,
          quirk: message.quirk,
          fn: message.fn,
          args: message.args,
          specResult: message.specResult,
          specError: message.specError,
          result: message.result,
          error: message.error,
          ...(message.detail !== undefined ? { detail: message.detail } : {}),
        },
      ];
    case 'blocked-dialog':
      return [
        {
          type: 'dialog',
          t,
          kind: message.kind,
          message: message.message,
          answer: { accept: false },
        },
        {
          type: 'console',
          t,
          level: 'warn',
          text: `[harness] ${message.kind}() during ${message.during} was blocked by the browser: nothing shown, ${message.kind === 'confirm' ? 'false' : message.kind === 'prompt' ? 'null' : 'undefined'} returned at once (${message.url})`,
        },
      ];
  }
}
