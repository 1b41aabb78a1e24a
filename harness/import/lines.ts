/** Line handling shared by the text importers. */

/** Splits a log into lines (BOM dropped, CRLF or LF); line n of the log is index n - 1. */
export function splitLines(text: string): string[] {
  return text.replace(/^\uFEFF/, '').split(/\r?\n/);
}

/** The first non-blank lines, which is all a sniff looks at. */
export function headOf(lines: readonly string[], count = 200): string[] {
  return lines.filter((l) => l.trim() !== '').slice(0, count);
}

/** Share of the given lines that match, as a sniff confidence. */
export function shareMatching(lines: readonly string[], pattern: RegExp): number {
  if (lines.length === 0) return 0;
  return lines.filter((l) => pattern.test(l)).length / lines.length;
}

/**
 * Reads a call's argument list as printed by loggers: `'a'`, `'a', 'b'`, `"a", "b"` or nothing.
 * Element names never hold quotes, so the first argument ends at its first closing quote and the
 * second runs to the last quote: values may hold quotes and commas unescaped, as loggers print them.
 */
export function parseQuotedArgs(text: string): string[] | undefined {
  const s = text.trim();
  if (s === '') return [];
  const q = s[0];
  if (q !== "'" && q !== '"') return undefined;
  const end = s.indexOf(q, 1);
  if (end === -1) return undefined;
  const first = s.slice(1, end);
  const rest = s.slice(end + 1).trim();
  if (rest === '') return [first];
  const second = /^,\s*(['"])([\s\S]*)\1$/.exec(rest);
  return second ? [first, second[2]!] : undefined;
}
