/**
 * Shapes shared by the log importers: what one parser reads out of a foreign log (API calls with
 * whatever the log said about them) and what an import hands back beside the trace.
 */
import type { ScormVersion, Trace } from '../trace/types.ts';

export const IMPORT_FORMATS = [
  'native',
  'scorm-cloud',
  'moodle',
  'scorm-again',
  'scorm-driver',
  'adl-test-suite',
  'console',
] as const;

export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** One API call as a log showed it; fields the log did not show stay undefined. */
export interface ParsedCall {
  /** 1-based line of the log where the call (or its last part) was read. */
  line: number;
  fn: string;
  args: string[];
  result: string;
  /** The error code the log states for this call; undefined when the log does not say. */
  error?: string;
  /** Milliseconds on the log's own clock (epoch or time of day), when the log has timestamps. */
  at?: number;
}

export interface SkippedLine {
  line: number;
  reason: string;
}

/** What the log tells about the launch besides the calls. */
export interface LogHints {
  version?: ScormVersion;
  package?: string;
  sco?: string;
  /** Wall-clock epoch ms of the first timestamped line, when the log carries a date. */
  started?: number;
}

export interface ParsedLog {
  calls: ParsedCall[];
  /** Lines that looked like API calls but could not be read. */
  skipped: SkippedLine[];
  /** Lines of the format's own commentary (not API calls), counted and left out. */
  ignored: number;
  hints: LogHints;
  /** What the parser had to assume, in words a support engineer reads. */
  notes: string[];
}

/** One importer: a cheap sniff on the first lines, then a parse of the whole log. */
export interface LogParser {
  format: Exclude<ImportFormat, 'native'>;
  /** 0 (certainly not this format) to 1 (certainly this format). */
  sniff(firstLines: readonly string[]): number;
  parse(lines: readonly string[]): ParsedLog;
}

/** What an import says beside the trace; the trace schema has no place for import notes. */
export interface ImportReport {
  format: ImportFormat;
  skipped: SkippedLine[];
  ignoredLines: number;
  /** Every value that was inferred rather than read, and why. */
  notes: string[];
}

export interface ImportResult {
  trace: Trace;
  report: ImportReport;
}
