import { posix } from 'node:path';

/**
 * Applies an item's `parameters` to a launch URL (scorm-runtime.md#launch-url): leading "?" and "&"
 * are stripped; a fragment is appended only if the URL has none; otherwise joined with "&" or "?".
 */
export function applyParameters(url: string, parameters: string | undefined): string {
  const trimmed = (parameters ?? '').replace(/^[?&]+/, '');
  if (!trimmed) return url;
  if (trimmed.startsWith('#')) return url.includes('#') ? url : url + trimmed;
  // Plain concatenation as in ADL's launch line, even after an existing "#" (then the browser
  // sees the query inside the fragment); the reference algorithm is followed as written.
  return `${url}${url.includes('?') ? '&' : '?'}${trimmed}`;
}

export type LaunchPath =
  { ok: true; url: string; file: string; warnings: string[] } | { ok: false; reason: string };

/**
 * Concatenates the xml:base chain and the href (manifest, resources, resource) the way ADL's
 * launch line does, and works out which file in the package it names.
 */
export function resolveLaunchPath(
  bases: ReadonlyArray<string | undefined>,
  href: string,
): LaunchPath {
  const warnings: string[] = [];
  let url = '';
  for (const base of bases) {
    if (!base) continue;
    url += base;
    if (!base.endsWith('/')) {
      warnings.push(`xml:base "${base}" does not end with "/"; treated as a folder`);
      url += '/';
    }
  }
  url += href;
  if (/^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(url)) {
    return { ok: false, reason: `launches "${url}", an absolute URL the mock LMS cannot serve` };
  }
  if (url.startsWith('/') || url.includes('\\')) {
    return { ok: false, reason: `launches "${url}"; paths must be relative, with "/" separators` };
  }
  const pathPart = url.split(/[?#]/, 1)[0] ?? '';
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathPart);
  } catch {
    return { ok: false, reason: `launches "${url}", which has a malformed %-escape` };
  }
  const file = posix.normalize(decoded);
  if (file === '..' || file.startsWith('../') || file === '.' || decoded.endsWith('/')) {
    return { ok: false, reason: `launches "${url}", which is not a file inside the package` };
  }
  return { ok: true, url, file, warnings };
}
