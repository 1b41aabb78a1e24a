/**
 * Everything a jsdom window gets before its first script runs, mirroring what the Chromium driver
 * injects into every frame: the shared virtual clock (the very same browser bundle), the bridge
 * function the LMS page reports through, dialogs answered per policy and recorded, the routed
 * network, and a clear failure for popups, which jsdom cannot open.
 */
import type { DOMWindow } from 'jsdom';
import type { DriverEvent, DriverSessionOptions } from '../driver.ts';
import { installNetwork, type NetworkContext } from './network.ts';

export interface WiringContext {
  options: DriverSessionOptions;
  clockScript: string;
  net: NetworkContext;
  /** True while unload handlers run: dialogs then return at once, as browsers do. */
  unloading(): boolean;
  /** Makes the window's realm the session's, so its unhandled rejections are reported there. */
  adopt(window: DOMWindow): void;
}

type Dialog = 'alert' | 'confirm' | 'prompt';

function installDialogs(window: DOMWindow, ctx: WiringContext): void {
  const emit = (event: DriverEvent) => ctx.options.onEvent(event);
  const ask = (dialog: Dialog, message: unknown): { accept: boolean; text?: string } => {
    const shown = message === undefined ? '' : String(message);
    if (ctx.unloading()) {
      // Browsers do not show dialogs during unload; it is recorded so rules can point at it.
      emit({ kind: 'dialog', dialog, message: shown, accept: false });
      return { accept: false };
    }
    const { dialogs } = ctx.options;
    const accept =
      dialog === 'alert' ? true : dialog === 'confirm' ? dialogs.confirm : dialogs.prompt !== null;
    const text = dialog === 'prompt' && dialogs.prompt !== null ? dialogs.prompt : undefined;
    emit({
      kind: 'dialog',
      dialog,
      message: shown,
      accept,
      ...(text !== undefined ? { text } : {}),
    });
    return { accept, ...(text !== undefined ? { text } : {}) };
  };
  window.alert = (message?: unknown): void => void ask('alert', message);
  window.confirm = (message?: unknown): boolean => ask('confirm', message).accept;
  window.prompt = (message?: unknown): string | null => {
    const answer = ask('prompt', message);
    return answer.accept ? (answer.text ?? '') : null;
  };
}

/** `frame`: a window inside the LMS page (content or nesting page), not the LMS page itself. */
export function wireWindow(window: DOMWindow, ctx: WiringContext, frame: boolean): void {
  const emit = (event: DriverEvent) => ctx.options.onEvent(event);
  ctx.adopt(window);
  // jsdom has no idle callbacks; the clock fakes them, so it needs something to replace.
  window.requestIdleCallback = () => 0;
  window.cancelIdleCallback = () => undefined;
  window[ctx.options.bridgeName] = (payload: unknown) =>
    emit({ kind: 'bridge', payload: String(payload) });
  installDialogs(window, ctx);
  installNetwork(window, ctx.net, frame);
  window.open = (url?: unknown): null => {
    emit({
      kind: 'page-error',
      text: `window.open(${JSON.stringify(String(url ?? ''))}) is not supported by the jsdom driver (it has no popups); run with the chromium driver`,
    });
    return null;
  };
  // Last, like the Chromium driver's injected script, which finds the browser's own functions in
  // place (the exit watch wraps the dialogs and the network it sees).
  window.eval(ctx.clockScript);
}
