/**
 * importLog: a foreign log (or one of our traces) in, a validated trace and an import report out.
 * The format is detected from the first lines unless named with `from`.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { HarnessError } from '../errors.ts';
import { buildTrace } from './build-trace.ts';
import { detectFormat } from './detect.ts';
import { splitLines } from './lines.ts';
import { readNativeFile, readNativeText } from './native.ts';
import { LOG_PARSERS } from './parsers.ts';
import { IMPORT_FORMATS, type ImportFormat, type ImportResult } from './types.ts';

/** A path to read, or the log's text itself (with a name for messages and the package fallback). */
export type LogSource = string | { text: string; name?: string };

export interface ImportOptions {
  from?: ImportFormat;
}

function readSource(source: LogSource): { text: string; file?: string } {
  if (typeof source !== 'string') return { text: source.text, file: source.name };
  try {
    return { text: readFileSync(source, 'utf8'), file: source };
  } catch (cause) {
    throw new HarnessError(
      {
        code: 'IMPORT_FAILED',
        file: source,
        message: 'cannot read the log file',
        hint: 'check the path',
      },
      { cause },
    );
  }
}

export function isImportFormat(name: string): name is ImportFormat {
  return (IMPORT_FORMATS as readonly string[]).includes(name);
}

export async function importLog(
  source: LogSource,
  options: ImportOptions = {},
): Promise<ImportResult> {
  const { text, file } = readSource(source);
  const lines = splitLines(text);
  const format = options.from ?? detectFormat(lines)?.format;
  if (!format) {
    throw new HarnessError({
      code: 'IMPORT_FAILED',
      file,
      line: lines.findIndex((l) => l.trim() !== '') + 1 || 1,
      message: 'the log is in no format the importer knows',
      hint: `name the format with --from (${IMPORT_FORMATS.join(', ')}) if it is one of these`,
    });
  }
  if (format === 'native') {
    const trace =
      typeof source === 'string' ? await readNativeFile(source, text) : readNativeText(text, file);
    return { trace, report: { format, skipped: [], ignoredLines: 0, notes: [] } };
  }
  const parser = LOG_PARSERS.find((p) => p.format === format)!;
  const log = parser.parse(lines);
  if (log.calls.length === 0) {
    throw new HarnessError({
      code: 'IMPORT_FAILED',
      file,
      line: log.skipped[0]?.line ?? 1,
      message: `no API call could be read as ${format}${log.skipped[0] ? `: ${log.skipped[0].reason}` : ''}`,
      hint: 'check the format (--from) and that the log holds the API calls, not only commentary',
    });
  }
  const fallbackPackage = file ? basename(file).replace(/\.[^.]+$/, '') : 'imported-log';
  const { trace, notes } = buildTrace(log, { format, file, fallbackPackage });
  return { trace, report: { format, skipped: log.skipped, ignoredLines: log.ignored, notes } };
}
