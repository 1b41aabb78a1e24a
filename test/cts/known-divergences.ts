/**
 * Known divergences: CTS commands expected to mismatch, each with a reason and a reference anchor
 * (schema: known-divergences.schema.json, validated with ajv; anchors must exist in the
 * reference). A listed command that matches again is reported as stale and fails the run, so the
 * list only shrinks for real.
 */
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { HarnessError } from '../../harness/errors.ts';
import type { CommandResult } from './replay.ts';
import { REFERENCE_FILE } from '../../harness/shared-docs.ts';

export interface KnownDivergence {
  testCase: string;
  command: string;
  reason: string;
  ref: string;
}

export const KNOWN_DIVERGENCES_FILE = new URL('./known-divergences.json', import.meta.url);
const SCHEMA_FILE = new URL('./known-divergences.schema.json', import.meta.url);
export { REFERENCE_FILE };

export function loadKnownDivergences(
  file: URL | string = KNOWN_DIVERGENCES_FILE,
  referenceText: string = readFileSync(REFERENCE_FILE, 'utf8'),
): KnownDivergence[] {
  const path = file instanceof URL ? file.pathname : file;
  const invalid = (message: string, hint: string): HarnessError =>
    new HarnessError({ code: 'CONFIG_INVALID', file: path, message, hint });
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw invalid(`not readable JSON: ${(error as Error).message}`, 'fix the JSON syntax');
  }
  const validate = new Ajv({ allErrors: true }).compile<{ divergences: KnownDivergence[] }>(
    JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as object,
  );
  if (!validate(data)) {
    const problems = (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`);
    throw invalid(problems.join('; '), 'follow test/cts/known-divergences.schema.json');
  }
  const seen = new Set<string>();
  for (const entry of data.divergences) {
    const anchor = entry.ref.slice(entry.ref.indexOf('#') + 1);
    if (!referenceText.includes(`id="${anchor}"`)) {
      throw invalid(`${entry.ref} is not an anchor of the reference`, 'cite an existing anchor');
    }
    const key = `${entry.testCase}:${entry.command}`;
    if (seen.has(key)) throw invalid(`${key} is listed twice`, 'keep one entry per command');
    seen.add(key);
  }
  return data.divergences;
}

export interface Classified {
  /** Mismatches not in the list: they fail the run. */
  unlisted: CommandResult[];
  /** Mismatches the list explains. */
  known: { result: CommandResult; divergence: KnownDivergence }[];
  /** Listed commands that match now, or that the suite no longer has: they fail the run. */
  stale: KnownDivergence[];
}

export function classifyMismatches(
  results: readonly CommandResult[],
  divergences: readonly KnownDivergence[],
): Classified {
  const byKey = new Map(divergences.map((d) => [`${d.testCase}:${d.command}`, d]));
  const used = new Set<KnownDivergence>();
  const classified: Classified = { unlisted: [], known: [], stale: [] };
  for (const result of results) {
    if (result.verdict.match) continue;
    const divergence = byKey.get(`${result.testCase}:${result.command.key}`);
    if (divergence) {
      used.add(divergence);
      classified.known.push({ result, divergence });
    } else {
      classified.unlisted.push(result);
    }
  }
  classified.stale = divergences.filter((d) => !used.has(d));
  return classified;
}
