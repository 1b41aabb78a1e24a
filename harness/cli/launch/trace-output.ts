/**
 * Where a launch's trace lands. The recorder always streams JSON Lines as events arrive, so a
 * launch that fails midway still leaves what it recorded: straight into `--out` when that is a
 * .jsonl file, else into a temporary file that becomes the JSON document at the end.
 */
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { HarnessError } from '../../errors.ts';
import { readTraceJsonl } from '../../trace/jsonl.ts';
import { writeTrace } from '../../trace/trace-file.ts';
import type { Trace } from '../../trace/types.ts';

export class TraceOutput {
  readonly path: string;
  private readonly direct: boolean;
  /** Made when the recorder first needs it: a launch that fails before that leaves no folder. */
  private temp: string | undefined;

  constructor(out: string) {
    this.path = resolve(out);
    const folder = dirname(this.path);
    if (!existsSync(folder) || !statSync(folder).isDirectory()) {
      throw new HarnessError({
        code: 'CONFIG_INVALID',
        file: this.path,
        message: '--out names a file in a folder that does not exist',
        hint: `create ${folder} first, or point --out elsewhere`,
      });
    }
    this.direct = this.path.endsWith('.jsonl');
  }

  /** The file the recorder streams to. */
  get streamPath(): string {
    if (this.direct) return this.path;
    this.temp ??= mkdtempSync(join(tmpdir(), 'scorm-harness-launch-'));
    return join(this.temp, 'trace.jsonl');
  }

  /** Writes the JSON document (from `trace`, or from what was streamed so far) and cleans up. */
  async finish(trace?: Trace): Promise<boolean> {
    if (this.direct) return existsSync(this.path);
    try {
      if (trace) {
        writeTrace(this.path, trace);
        return true;
      }
      if (!this.temp || !existsSync(this.streamPath)) return false;
      writeTrace(this.path, await readTraceJsonl(this.streamPath));
      return true;
    } finally {
      if (this.temp) rmSync(this.temp, { recursive: true, force: true });
    }
  }
}
