/**
 * Unhandled promise rejections of jsdom windows. jsdom runs every window in a vm context of this
 * process, so a rejection nobody handles there reaches Node's process handlers, and by default
 * ends the whole run, where a browser would only report a page error. While a jsdom driver is
 * open, one process listener offers each rejection to the open drivers; a driver claims it when
 * the promise belongs to one of its windows' realms. Any other rejection is left to the process's
 * other listeners or, with none, raised as Node itself would.
 */

/** True when the rejection was the claimer's to report (or to drop). */
export type RejectionClaim = (promise: Promise<unknown>, reason: unknown) => boolean;

const claims = new Set<RejectionClaim>();
/** Claimed already: a listener may re-emit the event (mocha does), and it is reported once. */
const claimed = new WeakSet<Promise<unknown>>();

function onRejection(reason: unknown, promise: Promise<unknown>): void {
  if (claimed.has(promise)) return;
  for (const claim of claims) {
    if (claim(promise, reason)) {
      claimed.add(promise);
      return;
    }
  }
  if (process.listenerCount('unhandledRejection') === 1) throw reason;
}

/** Starts offering process-wide unhandled rejections to `claim`; returns the function that stops. */
export function claimRejections(claim: RejectionClaim): () => void {
  if (claims.size === 0) process.on('unhandledRejection', onRejection);
  claims.add(claim);
  return () => {
    claims.delete(claim);
    if (claims.size === 0) process.off('unhandledRejection', onRejection);
  };
}

/** The realm a promise was made in, as its prototype: a window's own `Promise.prototype`. */
export function realmOf(promise: Promise<unknown>): object | null {
  return Object.getPrototypeOf(promise) as object | null;
}
