/** The configuration file's shape (config.schema.json is the contract; this mirrors it). */

export const SUITES = ['bridge', 'lint'] as const;
export type SuiteName = (typeof SUITES)[number];

export const REPORTERS = ['console', 'json', 'junit', 'html'] as const;
export type ReporterName = (typeof REPORTERS)[number];

export const DRIVERS = ['chromium', 'jsdom'] as const;
export type DriverName = (typeof DRIVERS)[number];

export interface HarnessConfig {
  $schema?: string;
  suite?: SuiteName;
  scorm?: '1.2' | '2004';
  grep?: string;
  reporters?: ReporterName[];
  out?: string;
  /** `I/N`, 1-based. */
  shard?: string;
  workers?: number;
  driver?: DriverName;
  browserWsEndpoint?: string;
  lmsProfile?: string;
  scenarios?: string;
  expectations?: string;
  advance?: string;
  timeout?: string;
  /** Bridge suite: the builds' SecureCodingHub endpoint paths, by SchBackendPaths key. */
  backendPaths?: Record<string, string>;
}

/** A config as loaded: the values, and the folder its relative paths are resolved from. */
export interface LoadedConfig {
  config: HarnessConfig;
  /** The file it came from; undefined when no config file was used. */
  file?: string;
  baseDir: string;
}
