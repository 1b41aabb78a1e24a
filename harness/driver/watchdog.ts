/**
 * The hang watchdog for calls into a page (real time, since a stuck page never advances virtual
 * time). Slow is not hung: when a call outlasts the limit, the page is probed, and the call is
 * given another round while the page still answers. Only a page that answers nothing, not even
 * the probe, within the limit counts as hung.
 */

export type Watched<T> =
  | { kind: 'done'; value: T }
  | { kind: 'failed'; error: unknown }
  | { kind: 'hung' }
  /** `until` came first: the caller stopped waiting for another reason. */
  | { kind: 'ended' };

export interface WatchOptions {
  /** Real ms the call, then the probe, may take. */
  limitMs: number;
  /** Resolves once the page's main thread answers; without one, the first overrun is a hang. */
  probe?: () => Promise<unknown>;
  /** Stops the wait early (e.g. the session ended another way). */
  until?: Promise<unknown>;
}

/** Resolves with the promise's outcome, or undefined when `ms` passed first. */
async function within<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export async function watchCall<T>(call: Promise<T>, options: WatchOptions): Promise<Watched<T>> {
  const settled = Promise.race<Watched<T>>([
    call.then(
      (value) => ({ kind: 'done', value }),
      (error: unknown) => ({ kind: 'failed', error }),
    ),
    ...(options.until ? [options.until.then(() => ({ kind: 'ended' }) as const)] : []),
  ]);
  for (;;) {
    const outcome = await within(settled, options.limitMs);
    if (outcome) return outcome;
    const probe = options.probe?.().then(
      () => true,
      () => true, // a probe refused (page gone) is an answer: the call will settle soon
    );
    if (!probe || !(await within(probe, options.limitMs))) return { kind: 'hung' };
  }
}
