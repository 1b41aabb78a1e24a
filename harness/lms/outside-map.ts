/**
 * Answers for requests to hosts other than the LMS: a URL prefix maps to a local file or folder.
 * Anything unmapped is blocked (and recorded), so a test run never reaches the network.
 */
import { readFileSync, realpathSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import type { OutsideAnswer } from '../driver/driver.ts';

export interface OutsideMapping {
  /** e.g. `https://cdn.example.com/lib/` */
  prefix: string;
  /** A file (answers every URL under the prefix) or a folder (the rest of the URL is a path in it). */
  path: string;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};

export function contentTypeOf(path: string): string {
  return TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

function fileUnder(folder: string, rest: string): string | undefined {
  const base = realpathSync(folder);
  const candidate = join(base, decodeURIComponent(rest));
  let real: string;
  try {
    real = realpathSync(candidate);
  } catch {
    return undefined;
  }
  const rel = relative(base, real);
  if (rel === '' || rel.startsWith('..') || rel.startsWith(sep)) return undefined;
  return statSync(real).isFile() ? real : undefined;
}

export function answerOutside(mappings: readonly OutsideMapping[], url: string): OutsideAnswer {
  const bare = url.split(/[?#]/)[0] ?? url;
  const mapping = mappings.find((m) => bare.startsWith(m.prefix));
  if (!mapping) return null;
  let file: string | undefined;
  try {
    file = statSync(mapping.path).isDirectory()
      ? fileUnder(mapping.path, bare.slice(mapping.prefix.length))
      : mapping.path;
  } catch {
    file = undefined;
  }
  if (!file) {
    return {
      status: 404,
      contentType: 'text/plain; charset=utf-8',
      body: Buffer.from('not mapped'),
    };
  }
  return { status: 200, contentType: contentTypeOf(file), body: readFileSync(file) };
}
