/**
 * The settings a run uses: defaults, then the config file, then command-line flags (a flag always
 * wins). Flags are checked against the same schema as the file, so both kinds of mistake get the
 * same message naming the key (or flag) at fault.
 */
import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { schPathProblems } from '../backends/sch/paths.ts';
import { parseDuration } from '../cli/duration.ts';
import { HarnessError } from '../errors.ts';
import type { DriverName, HarnessConfig, LoadedConfig, ReporterName, SuiteName } from './types.ts';
import { parseConfig, type ConfigSource } from './validate.ts';

/** What commander hands the run command (strings as typed). */
export interface RunFlags {
  suite?: string;
  scorm?: string;
  grep?: string;
  /** Comma-separated reporter names. */
  reporter?: string;
  out?: string;
  shard?: string;
  workers?: string;
  driver?: string;
  browserWsEndpoint?: string;
  lmsProfile?: string;
  advance?: string;
  timeout?: string;
}

export interface Shard {
  /** 1-based. */
  index: number;
  total: number;
}

export interface RunSettings {
  /** Undefined: decided from the package (see harness/suites/bridge-detect.ts). */
  suite?: SuiteName;
  scorm?: '1.2' | '2004';
  grep?: RegExp;
  /** results.json is written whatever this lists. */
  reporters: ReporterName[];
  /** Absolute folder for traces and reports. */
  out: string;
  shard?: Shard;
  workers: number;
  driver: DriverName;
  browserWsEndpoint?: string;
  lmsProfile?: string;
  /** Absolute path of the module exporting the bridge suite's SCENARIOS. */
  scenarios: string;
  expectations?: string;
  advanceMs: number;
  timeoutMs: number;
  /** Bridge suite: the builds' backend endpoint paths (config file only). */
  backendPaths?: Record<string, string>;
}

/** The repository's bridge gate, loaded by path so the harness never imports scenarios/. */
export const DEFAULT_SCENARIOS = fileURLToPath(
  new URL('../../scenarios/index.ts', import.meta.url),
);

export const DEFAULTS = {
  reporters: ['console', 'json'] as ReporterName[],
  out: 'out',
  workers: 2,
  driver: 'chromium' as DriverName,
  advance: '30s',
  timeout: '2m',
};

/** Flags as a config object (only those given), so the schema checks them too. */
function flagsAsConfig(flags: RunFlags): Record<string, unknown> {
  const { reporter, workers, ...rest } = flags;
  const value: Record<string, unknown> = Object.fromEntries(
    Object.entries(rest).filter(([, v]) => v !== undefined),
  );
  if (reporter !== undefined) value.reporters = reporter.split(',').map((r) => r.trim());
  if (workers !== undefined) value.workers = /^\d+$/.test(workers) ? Number(workers) : workers;
  return value;
}

function fail(key: string, message: string, source: ConfigSource, file?: string): never {
  throw new HarnessError({
    code: 'CONFIG_INVALID',
    ...(file !== undefined ? { file } : {}),
    message: `${source === 'config' ? `config.${key}` : `--${key}`}: ${message}`,
    hint: 'see the README section on `scorm-harness run` for the keys and their values',
  });
}

function parseShard(text: string, source: ConfigSource, file?: string): Shard {
  const [index, total] = text.split('/').map(Number) as [number, number];
  if (index > total) fail('shard', `part ${index} of ${total} does not exist`, source, file);
  return { index, total };
}

function parseGrep(text: string, source: ConfigSource, file?: string): RegExp {
  try {
    return new RegExp(text, 'i');
  } catch (error) {
    return fail('grep', `not a regular expression: ${(error as Error).message}`, source, file);
  }
}

export function resolveRunSettings(
  flags: RunFlags,
  loaded: LoadedConfig,
  cwd: string,
): RunSettings {
  const fromFlags = parseConfig(flagsAsConfig(flags), undefined, 'flags');
  const file = loaded.config;
  const pick = <K extends keyof HarnessConfig>(key: K) => fromFlags[key] ?? file[key];
  // A flag's path is the working folder's; a file's path is the config file's folder's.
  const path = (key: 'out' | 'scenarios' | 'expectations'): string | undefined => {
    const given = fromFlags[key] ?? file[key];
    if (given === undefined) return undefined;
    return isAbsolute(given) ? given : resolve(fromFlags[key] ? cwd : loaded.baseDir, given);
  };
  const sourceOf = (key: keyof HarnessConfig): ConfigSource =>
    fromFlags[key] !== undefined ? 'flags' : 'config';
  const shard = pick('shard');
  const grep = pick('grep');
  const advance = pick('advance') ?? DEFAULTS.advance;
  const timeout = pick('timeout') ?? DEFAULTS.timeout;
  const settings: RunSettings = {
    reporters: pick('reporters') ?? DEFAULTS.reporters,
    out: path('out') ?? resolve(cwd, DEFAULTS.out),
    workers: pick('workers') ?? DEFAULTS.workers,
    driver: pick('driver') ?? DEFAULTS.driver,
    scenarios: path('scenarios') ?? DEFAULT_SCENARIOS,
    advanceMs: parseDuration(
      advance,
      sourceOf('advance') === 'flags' ? '--advance' : 'config.advance',
    ),
    timeoutMs: parseDuration(
      timeout,
      sourceOf('timeout') === 'flags' ? '--timeout' : 'config.timeout',
    ),
  };
  const suite = pick('suite');
  const scorm = pick('scorm');
  const ws = pick('browserWsEndpoint');
  const profile = pick('lmsProfile');
  const expectations = path('expectations');
  if (suite) settings.suite = suite;
  if (scorm) settings.scorm = scorm;
  const fileOf = (key: keyof HarnessConfig) =>
    sourceOf(key) === 'config' ? loaded.file : undefined;
  if (grep !== undefined) settings.grep = parseGrep(grep, sourceOf('grep'), fileOf('grep'));
  if (shard !== undefined) settings.shard = parseShard(shard, sourceOf('shard'), fileOf('shard'));
  if (ws !== undefined) settings.browserWsEndpoint = ws;
  if (profile !== undefined) settings.lmsProfile = profile;
  if (expectations !== undefined) settings.expectations = expectations;
  if (file.backendPaths !== undefined) {
    // The schema knows the endpoint names; which parameters each path needs is the backend's rule.
    const problems = schPathProblems(file.backendPaths);
    if (problems.length > 0) {
      fail('backendPaths', problems.join('; '), 'config', loaded.file);
    }
    settings.backendPaths = file.backendPaths;
  }
  return settings;
}
