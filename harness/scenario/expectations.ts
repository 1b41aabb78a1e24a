/**
 * Known divergences as data (`scenarios/expectations/<profile>.json`): a scenario expected to fail
 * for a stated reason. A run matching its expectation is fine; an expected failure that passes is
 * an "unexpected pass" and fails the gate, so a fixed defect cannot hide behind a stale entry.
 */
import { HarnessError } from '../errors.ts';
import { readJsonFile } from '../json-file.ts';

export interface Expectation {
  expected: 'fail';
  reason: string;
  /** Where the divergence is tracked (issue link or id). */
  issue?: string;
  /** Limits it to one version; default every version the scenario runs in. */
  version?: '1.2' | '2004';
}

/** Scenario id → expectation. */
export type Expectations = Record<string, Expectation>;

const KEYS = new Set(['expected', 'reason', 'issue', 'version']);

export function parseExpectations(value: unknown, file?: string): Expectations {
  const fail = (message: string): never => {
    throw new HarnessError({
      code: 'CONFIG_INVALID',
      file,
      message: `invalid expectations: ${message}`,
      hint: 'each entry is "<scenario id>": {"expected": "fail", "reason": "...", "issue"?: "...", "version"?: "1.2"|"2004"}',
    });
  };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail('not an object');
  for (const [id, entry] of Object.entries(value as Record<string, unknown>)) {
    if (typeof entry !== 'object' || entry === null) fail(`${id} is not an object`);
    const e = entry as Record<string, unknown>;
    const unknown = Object.keys(e).filter((k) => !KEYS.has(k));
    if (unknown.length > 0) fail(`${id} has unknown keys ${unknown.join(', ')}`);
    if (e['expected'] !== 'fail') fail(`${id}.expected must be "fail"`);
    if (typeof e['reason'] !== 'string' || e['reason'] === '') fail(`${id}.reason is missing`);
    if (e['version'] !== undefined && e['version'] !== '1.2' && e['version'] !== '2004') {
      fail(`${id}.version must be "1.2" or "2004"`);
    }
  }
  return value as Expectations;
}

export function loadExpectations(file: string): Expectations {
  const parsed = readJsonFile(file, {
    code: 'CONFIG_INVALID',
    unreadable: {
      message: (cause) => `cannot read expectations: ${cause.message}`,
      hint: 'check the path',
    },
    notJson: {
      message: (cause) => `expectations are not JSON: ${cause.message}`,
      hint: 'fix the JSON syntax',
    },
  });
  return parseExpectations(parsed, file);
}

export function expectationFor(
  expectations: Expectations,
  id: string,
  version: '1.2' | '2004',
): Expectation | undefined {
  const entry = expectations[id];
  return entry && (entry.version === undefined || entry.version === version) ? entry : undefined;
}
