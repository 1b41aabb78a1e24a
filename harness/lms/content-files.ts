/**
 * Serves one package's files: content types from the extension (Express/send), and no way out of
 * the package folder, neither by `..` nor by a symbolic link pointing elsewhere.
 */
import type { RequestHandler } from 'express';
import { realpathSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** The real file for a URL path inside `root`, or undefined when missing or outside. */
export function resolveContentFile(root: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const base = realpathSync(root);
  let real: string;
  try {
    real = realpathSync(join(base, decoded));
  } catch {
    return undefined;
  }
  const rel = relative(base, real);
  if (rel === '' || rel === '..' || rel.startsWith('..' + sep) || rel.startsWith(sep))
    return undefined;
  return statSync(real).isFile() ? real : undefined;
}

export function contentFiles(rootOf: (sessionId: string) => string | undefined): RequestHandler {
  return (req, res) => {
    const root = rootOf(String(req.params.id));
    const file = root ? resolveContentFile(root, req.path) : undefined;
    if (!file) {
      res.status(404).type('text/plain').send('not found in the package');
      return;
    }
    res.sendFile(file, { dotfiles: 'allow' });
  };
}
