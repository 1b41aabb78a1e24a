/**
 * One line per trace event, the way a person reads a call log:
 * `SetValue("cmi.exit", "suspend") -> "true" [0]`. Console, JUnit and HTML reports share it so a
 * call looks the same everywhere.
 */
import type { TraceEvent } from '../harness/trace/types.ts';

export interface LabelOptions {
  /** Longest quoted value before it is cut (suspend_data can be 64000 characters). */
  maxValue?: number;
}

const DEFAULT_MAX_VALUE = 120;

/** Quoted like JSON, with every control character escaped, so content cannot drive the terminal. */
function quote(value: string, max: number): string {
  const cut = value.length <= max ? '' : `…(+${value.length - max})`;
  return printable(JSON.stringify(value.slice(0, max))) + cut;
}

/** Free text from content (console, dialogs, errors) with control characters made visible. */
export function printable(text: string): string {
  return text.replace(
    // eslint-disable-next-line no-control-regex -- matching control characters is the point
    /[\u0000-\u001f\u007f-\u009f]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** Like printable, but keeps line breaks: for multi-line text such as an error with its fix. */
export function printableLines(text: string): string {
  return text.split('\n').map(printable).join('\n');
}

export function eventLabel(event: TraceEvent, options: LabelOptions = {}): string {
  const max = options.maxValue ?? DEFAULT_MAX_VALUE;
  switch (event.type) {
    case 'api': {
      const args = event.args.map((a) => quote(a, max)).join(', ');
      return `${event.fn}(${args}) -> ${quote(event.result, max)} [${event.error}]`;
    }
    case 'http': {
      const flags = [event.target, event.blocked && 'blocked', event.truncated && 'truncated']
        .filter(Boolean)
        .join(', ');
      return `${event.method} ${printable(event.url)} -> ${event.status} (${flags})`;
    }
    case 'dialog': {
      const answer = event.answer.accept ? 'accepted' : 'dismissed';
      const text = event.answer.text === undefined ? '' : ` ${quote(event.answer.text, max)}`;
      return `${event.kind}(${quote(event.message, max)}) -> ${answer}${text}`;
    }
    case 'console':
      return `console.${event.level}: ${printable(event.text)}`;
    case 'lifecycle': {
      const parts = [event.what, event.url, event.detail].filter((p) => p !== undefined);
      return printable(parts.join(' '));
    }
    case 'deviation': {
      // What a lenient LMS profile answered, next to what the spec requires.
      const args = event.args.map((a) => quote(a, max)).join(', ');
      const answered = `${quote(event.result, max)} [${event.error}]`;
      const spec = `${quote(event.specResult, max)} [${event.specError}]`;
      const detail = event.detail === undefined ? '' : ` ${printable(event.detail)}`;
      return `${event.quirk}: ${event.fn}(${args}) -> ${answered}, spec ${spec}${detail}`;
    }
    case 'commit': {
      const count = Object.keys(event.data).length;
      return `${event.reason === 'terminate' ? 'Terminate' : 'Commit'} persisted ${count} element${count === 1 ? '' : 's'}`;
    }
  }
}
