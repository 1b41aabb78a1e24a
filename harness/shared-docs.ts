/**
 * Where the team's shared documents live (the SCORM reference, the seeds, the ADL CTS data): the
 * `shared/` folder beside the checkout, as developers and CI lay it out. SCORM_SHARED overrides it.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const besideCheckout = fileURLToPath(new URL('../../shared/', import.meta.url));

export const SHARED_DIR =
  process.env['SCORM_SHARED'] ?? (existsSync(besideCheckout) ? besideCheckout : '/work/shared');

export function sharedPath(...parts: string[]): string {
  return resolve(SHARED_DIR, ...parts);
}

/** The SCORM run-time reference that `ref:` anchors point into; SCORM_REFERENCE overrides it. */
export const REFERENCE_FILE =
  process.env['SCORM_REFERENCE'] ?? sharedPath('reference', 'scorm-runtime.md');
