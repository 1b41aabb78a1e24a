/** Accumulates one parse: the calls read, the lines skipped or ignored, hints and notes. */
import { mentionsApiCall } from './api-names.ts';
import type { LogHints, ParsedCall, ParsedLog } from './types.ts';

export class LogCollector {
  private readonly log: ParsedLog = { calls: [], skipped: [], ignored: 0, hints: {}, notes: [] };

  call(call: ParsedCall): void {
    this.log.calls.push(call);
  }

  get calls(): readonly ParsedCall[] {
    return this.log.calls;
  }

  skip(line: number, reason: string): void {
    this.log.skipped.push({ line, reason });
  }

  ignore(): void {
    this.log.ignored += 1;
  }

  /** A line the parser did not read: skipped when it shows an API call, else commentary. */
  unread(
    line: number,
    text: string,
    reason = 'shows an API call in a shape this format does not print',
  ): void {
    if (mentionsApiCall(text)) this.skip(line, reason);
    else this.ignore();
  }

  hint(hints: LogHints): void {
    Object.assign(this.log.hints, hints);
  }

  note(text: string): void {
    if (!this.log.notes.includes(text)) this.log.notes.push(text);
  }

  result(): ParsedLog {
    return this.log;
  }
}
