/**
 * jsdom's virtual console as driver events: console calls keep their level; jsdom's own errors
 * become what Chromium would report (an uncaught exception is a page error, a failed load a console
 * error), and what jsdom cannot do is said plainly rather than passed over.
 */
import { VirtualConsole } from 'jsdom';
import type { DriverEvent } from '../driver.ts';

const LEVELS = ['log', 'info', 'warn', 'error', 'debug'] as const;

/** A logged value as Chromium's console prints it, roughly: errors with their stack. */
export function describe(value: unknown): string {
  if (value instanceof Error || (typeof value === 'object' && value !== null && 'stack' in value)) {
    return String((value as Error).stack ?? value);
  }
  if (typeof value === 'object' && value !== null) {
    return (value as { constructor?: { name?: string } }).constructor?.name ?? 'Object';
  }
  return String(value);
}

export function jsdomErrorEvent(
  error: Error & { type?: string; url?: string },
): DriverEvent | undefined {
  switch (error.type) {
    case 'unhandled-exception': {
      const cause = error.cause as Error | undefined;
      return { kind: 'page-error', text: cause?.stack ?? cause?.message ?? error.message };
    }
    case 'not-implemented':
      return {
        kind: 'console',
        level: 'error',
        text: `jsdom cannot do this: ${error.message} (the chromium driver can)`,
      };
    case 'resource-loading':
      return {
        kind: 'console',
        level: 'error',
        text: `Failed to load resource: ${error.url ?? ''} (${(error.cause as Error | undefined)?.message ?? error.message})`,
      };
    case 'css-parsing':
      // Chromium does not report CSS it cannot parse either.
      return undefined;
    default:
      return { kind: 'console', level: 'error', text: error.message };
  }
}

export function virtualConsoleFor(emit: (event: DriverEvent) => void): VirtualConsole {
  const console = new VirtualConsole();
  for (const level of LEVELS) {
    console.on(level, (...args: unknown[]) =>
      emit({ kind: 'console', level, text: args.map(describe).join(' ') }),
    );
  }
  console.on('jsdomError', (error: Error) => {
    const event = jsdomErrorEvent(error);
    if (event) emit(event);
  });
  return console;
}
