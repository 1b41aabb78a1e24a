/**
 * Our own traces, as a JSON document or JSON Lines. Reading and validating belong to harness/trace;
 * this only tells the two forms apart when they arrive as text and turns a JSON syntax error into
 * an IMPORT_FAILED that names the line.
 */
import { HarnessError } from '../errors.ts';
import { readTraceJsonl } from '../trace/jsonl.ts';
import type { Trace, TraceEvent, TraceFinal, TraceMeta } from '../trace/types.ts';
import { parseTrace } from '../trace/validate.ts';

/** A native trace starts with an object holding schemaVersion (both forms). */
export function sniffNative(firstLines: readonly string[]): number {
  const first = firstLines[0]?.trim() ?? '';
  if (!first.startsWith('{')) return 0;
  return firstLines.slice(0, 5).some((l) => l.includes('"schemaVersion"')) ? 1 : 0.3;
}

function damaged(file: string | undefined, line: number, message: string): HarnessError {
  return new HarnessError({
    code: 'IMPORT_FAILED',
    file,
    line,
    message,
    hint: 'a native trace is one JSON document, or JSON Lines (header, events, final); re-export it',
  });
}

/** Line of a JSON.parse error, from the position V8 reports. */
function lineOfJsonError(text: string, error: unknown): number {
  const position = /position (\d+)/.exec(String(error))?.[1];
  if (position === undefined) return 1;
  return text.slice(0, Number(position)).split('\n').length;
}

function isJsonLines(text: string): boolean {
  const first = text.trimStart().split('\n', 1)[0]!;
  try {
    const value = JSON.parse(first) as Record<string, unknown>;
    return 'meta' in value && !('events' in value);
  } catch {
    return false;
  }
}

/** JSON Lines given as text: the same three kinds of line the JSONL reader (harness/trace/jsonl.ts) takes from a file. */
function assembleJsonLines(text: string, file: string | undefined): unknown {
  let meta: TraceMeta | undefined;
  let final: TraceFinal | undefined;
  let schemaVersion: unknown;
  const events: TraceEvent[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') return;
    let record: Record<string, unknown>;
    try {
      record = JSON.parse(line) as Record<string, unknown>;
    } catch {
      throw damaged(file, i + 1, 'line is not JSON');
    }
    if (meta === undefined) {
      schemaVersion = record.schemaVersion;
      meta = record.meta as TraceMeta;
    } else if ('final' in record) final = record.final as TraceFinal;
    else events.push(record as unknown as TraceEvent);
  });
  if (final === undefined)
    throw damaged(
      file,
      text.split('\n').length,
      'the trace has no final line (the recording was cut)',
    );
  return { schemaVersion, meta, events, final };
}

export function readNativeText(text: string, file?: string): Trace {
  if (isJsonLines(text)) return parseTrace(assembleJsonLines(text, file), file);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw damaged(
      file,
      lineOfJsonError(text, error),
      `the trace is not valid JSON (${String(error)})`,
    );
  }
  return parseTrace(value, file);
}

/** A `.jsonl` file streams through the trace module's reader; anything else is read as text. */
export async function readNativeFile(path: string, text: string): Promise<Trace> {
  return path.endsWith('.jsonl') ? readTraceJsonl(path) : readNativeText(text, path);
}
