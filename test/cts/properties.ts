/**
 * Readers for the two text formats of the ADL SCORM 2004 4th Ed CTS data.
 *
 * - Test-case files (`TestCases/*.properties`) are NOT read as Java properties by the ADL suite:
 *   its generator reads lines, joins a line ending in `\` with the next one verbatim (leading
 *   blanks kept), skips lines containing `####`, splits at the first `=`, and decodes `\uXXXX`
 *   only in command values. We read them the same way so commands reach the runtime exactly as
 *   the ADL applet sent them.
 * - `Commands.properties` is loaded by Java's ResourceBundle, i.e. java.util.Properties rules.
 *
 * Both were written on Windows: bytes are decoded as windows-1252 (DDM.properties holds 0x92).
 */

export interface TestCaseEntry {
  key: string;
  value: string;
  line: number;
}

export function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder('windows-1252').decode(bytes);
}

/** Lines of an ADL test-case file as `key=value` entries, in file order. */
export function readTestCaseEntries(text: string): TestCaseEntry[] {
  const lines = text.split(/\r\n|\n|\r/);
  const entries: TestCaseEntry[] = [];
  for (let i = 0; i < lines.length; i++) {
    const start = i + 1;
    let line = lines[i] ?? '';
    while (line.endsWith('\\') && i + 1 < lines.length) {
      line = line.slice(0, -1) + (lines[++i] ?? '');
    }
    if (line.includes('####') || line.trim() === '') continue;
    const eq = line.indexOf('=');
    if (eq < 0) throw new SyntaxError(`line ${start}: no "=" in "${line.slice(0, 60)}"`);
    entries.push({ key: line.slice(0, eq), value: line.slice(eq + 1), line: start });
  }
  return entries;
}

/**
 * `\uXXXX` decoding as the ADL generator does it: four hex digits give one UTF-16 unit; any other
 * backslash sequence (or a malformed `\u`) is kept as written.
 */
export function decodeUnicodeEscapes(value: string): string {
  return value.replace(/\\u([0-9a-fA-F]{4})/g, (_m, hex: string) =>
    String.fromCharCode(parseInt(hex, 16)),
  );
}

const PROPERTY_ESCAPES: Record<string, string> = { t: '\t', n: '\n', r: '\r', f: '\f' };

/** java.util.Properties text format: comments, `=`/`:`/blank separators, continuations, escapes. */
export function parseJavaProperties(text: string): Map<string, string> {
  const result = new Map<string, string>();
  const lines = text.split(/\r\n|\n|\r/);
  for (let i = 0; i < lines.length; i++) {
    let logical = (lines[i] ?? '').replace(/^[ \t\f]+/, '');
    if (logical === '' || logical.startsWith('#') || logical.startsWith('!')) continue;
    while (endsWithOddBackslashes(logical) && i + 1 < lines.length) {
      logical = logical.slice(0, -1) + (lines[++i] ?? '').replace(/^[ \t\f]+/, '');
    }
    const [rawKey, rawValue] = splitKeyValue(logical);
    result.set(unescapeProperty(rawKey), unescapeProperty(rawValue));
  }
  return result;
}

function endsWithOddBackslashes(s: string): boolean {
  const m = /\\+$/.exec(s);
  return m !== null && m[0].length % 2 === 1;
}

function splitKeyValue(line: string): [string, string] {
  let i = 0;
  while (i < line.length) {
    const c = line[i];
    if (c === '\\') {
      i += 2;
      continue;
    }
    if (c === '=' || c === ':' || c === ' ' || c === '\t' || c === '\f') break;
    i++;
  }
  const key = line.slice(0, i);
  let rest = line.slice(i).replace(/^[ \t\f]+/, '');
  if (rest.startsWith('=') || rest.startsWith(':')) rest = rest.slice(1).replace(/^[ \t\f]+/, '');
  return [key, rest];
}

function unescapeProperty(s: string): string {
  return s.replace(/\\(u[0-9a-fA-F]{4}|.)/g, (_m, esc: string) => {
    if (esc.length === 5) return String.fromCharCode(parseInt(esc.slice(1), 16));
    return PROPERTY_ESCAPES[esc] ?? esc;
  });
}
