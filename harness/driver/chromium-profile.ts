/**
 * The user data directory the harness's Chromium starts with: a new temporary one per browser,
 * removed once the browser has closed.
 *
 * Its Local State turns Chrome's battery saver on, for what it does to drawing: every frame sink
 * draws at most 30 frames a second instead of 60. The harness's pages run on the virtual clock
 * (requestAnimationFrame included), so real frames are only Chromium's own work, and a page that
 * changes at every heartbeat kept the renderer, the GPU process and the browser drawing at 60.
 * Measured on the bridge gate (bench/README.md), about 7 % less CPU. What content can
 * observe is what it sees on a laptop in battery saver: CSS animations and transitions sampled at
 * 30 frames a second, ending on time. Chrome's other battery saver measure, freezing pages that
 * use much CPU in the background, waits on a CPU measurement that CHROMIUM_FLAGS turns off.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** `performance_tuning.battery_saver_mode.state`: 3 is "always on" (not only on battery). */
export const BATTERY_SAVER_ON = 3;

export const LOCAL_STATE = {
  performance_tuning: { battery_saver_mode: { state: BATTERY_SAVER_ON } },
};

export interface ChromiumProfile {
  readonly dir: string;
  /** Removes the directory; call it once the browser using it has exited. */
  remove(): void;
}

export function createChromiumProfile(): ChromiumProfile {
  const dir = mkdtempSync(join(tmpdir(), 'scorm-harness-chromium-'));
  writeFileSync(join(dir, 'Local State'), JSON.stringify(LOCAL_STATE));
  return {
    dir,
    remove: () => rmSync(dir, { recursive: true, force: true, maxRetries: 5 }),
  };
}
