/**
 * What a launch mode (types.ts `LaunchMode`) says about where the content runs, relative to the
 * window holding the API (scorm-runtime.md#api-discovery).
 */
import type { LaunchMode } from './types.ts';

/** The content opens in a window of its own: `popup`, or `popup:N`. */
export function isPopupLaunch(mode: LaunchMode): boolean {
  return mode === 'popup' || mode.startsWith('popup:');
}

/**
 * How many frames below the LMS page its frame chain goes: to the content (frameset 1, nested:N
 * N) or, in popup:N, to the frame that opens the popup (so the popup's opener is N frames below
 * the API window); 0 when the LMS page itself opens the popup.
 */
export function frameDepth(mode: LaunchMode): number {
  if (mode === 'frameset') return 1;
  if (mode === 'popup') return 0;
  return Number(mode.slice(mode.indexOf(':') + 1));
}
