/** Turns what the browser reported into trace events (everything except the bridge messages). */
import type { DriverEvent } from '../driver/driver.ts';
import type { UnnumberedEvent } from '../trace/types.ts';

function cut(text: string | undefined, limit: number): { text?: string; truncated: boolean } {
  if (text === undefined || text === '') return { truncated: false };
  return text.length > limit
    ? { text: text.slice(0, limit), truncated: true }
    : { text, truncated: false };
}

export function traceEventOf(
  event: Exclude<DriverEvent, { kind: 'bridge' }>,
  t: number,
  bodyLimit: number,
): UnnumberedEvent | undefined {
  switch (event.kind) {
    case 'dialog':
      return {
        type: 'dialog',
        t,
        kind: event.dialog,
        message: event.message,
        answer: { accept: event.accept, ...(event.text !== undefined ? { text: event.text } : {}) },
      };
    case 'console':
      return { type: 'console', t, level: event.level, text: event.text };
    case 'page-error':
      return { type: 'lifecycle', t, what: 'page-error', detail: event.text };
    case 'navigation':
      return {
        type: 'lifecycle',
        t,
        what: 'navigation',
        url: event.url,
        detail: `${event.window} window, ${event.topLevel ? 'top level' : 'frame'}`,
      };
    case 'popup':
      return { type: 'lifecycle', t, what: 'popup', url: event.url };
    case 'window-closed':
      return { type: 'lifecycle', t, what: 'close', detail: `${event.window} window closed` };
    case 'crash':
      return { type: 'lifecycle', t, what: 'crash', detail: event.detail };
    case 'outside-request': {
      const request = cut(event.requestBody, bodyLimit);
      const response = cut(event.responseBody, bodyLimit);
      return {
        type: 'http',
        t: event.sentAt ?? t,
        target: 'outside',
        method: event.method,
        url: event.url,
        status: event.status,
        ...(request.text !== undefined ? { requestBody: request.text } : {}),
        ...(response.text !== undefined ? { responseBody: response.text } : {}),
        ...(request.truncated || response.truncated ? { truncated: true } : {}),
        ...(event.blocked ? { blocked: true } : {}),
      };
    }
  }
}
