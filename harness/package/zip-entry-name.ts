/**
 * Decides whether a zip entry name is safe to extract. Names come from the archive, so they are
 * attacker-controlled: anything that could land outside the target folder is refused, not repaired.
 */
/** `segments` is empty for harmless names of the root itself ("./"). */
export type EntryNameVerdict = { ok: true; segments: string[] } | { ok: false; reason: string };

export function checkEntryName(name: string): EntryNameVerdict {
  if (name.length === 0) return { ok: false, reason: 'has an empty name' };
  if (name.includes('\0')) return { ok: false, reason: 'contains a NUL character' };
  // Windows tools resolve backslashes as separators, so "..\\x" escapes just like "../x".
  if (name.includes('\\')) return { ok: false, reason: 'contains a backslash (Windows path)' };
  if (/^[a-zA-Z]:/.test(name)) return { ok: false, reason: 'is an absolute Windows path' };
  if (name.startsWith('/')) return { ok: false, reason: 'is an absolute path' };
  const segments = name.split('/').filter((segment, index, all) => {
    // A trailing slash marks a folder entry; "a//b" and "./a" are harmless spellings.
    return !(segment === '' && index === all.length - 1) && segment !== '.' && segment !== '';
  });
  if (segments.some((segment) => segment === '..')) {
    return { ok: false, reason: 'contains a ".." path segment' };
  }
  return { ok: true, segments };
}
