/**
 * Closing a jsdom window as a learner closes a browser tab: beforeunload first (one "Leave site?"
 * question for the whole tab, answered per policy), then pagehide and unload in every document,
 * the top one first and then its frames, depth first.
 */
import type { DOMWindow } from 'jsdom';
import type { DriverEvent } from '../driver.ts';

/** The window and all its frames, parents before children. */
export function windowsOf(top: DOMWindow): DOMWindow[] {
  const all: DOMWindow[] = [top];
  for (let i = 0; i < top.length; i += 1) {
    const child = top[i] as DOMWindow | undefined;
    if (child?.document) all.push(...windowsOf(child));
  }
  return all;
}

/** Runs beforeunload everywhere; true when the window may close (nobody asked, or the learner leaves). */
export function promptToUnload(
  top: DOMWindow,
  leave: boolean,
  emit: (event: DriverEvent) => void,
): boolean {
  let asked = false;
  for (const window of windowsOf(top)) {
    const event = window.document.createEvent('BeforeUnloadEvent');
    event.initEvent('beforeunload', false, true);
    // jsdom keeps Event's legacy boolean returnValue; a page sets a string here to ask.
    let returned = '';
    Object.defineProperty(event, 'returnValue', {
      get: () => returned,
      set: (value: unknown) => void (returned = String(value)),
    });
    window.dispatchEvent(event);
    if (event.defaultPrevented || returned !== '') asked = true;
  }
  if (!asked) return true;
  emit({ kind: 'dialog', dialog: 'beforeunload', message: '', accept: leave });
  return leave;
}

export function unloadAll(top: DOMWindow): void {
  for (const window of windowsOf(top)) {
    window.dispatchEvent(new window.PageTransitionEvent('pagehide', { persisted: false }));
    window.dispatchEvent(new window.Event('unload'));
  }
}
