/**
 * Finding and reading the configuration file: `--config FILE`, else `scorm-harness.config.json` in
 * the working folder when there is one. JSON is parsed; a `.ts`, `.mts`, `.mjs` or `.js` file is
 * imported (the binary runs under tsx, so TypeScript needs no build) and its default export used.
 * Either way the value is checked against the schema before it is used.
 */
import { existsSync } from 'node:fs';
import { dirname, extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { HarnessError } from '../errors.ts';
import type { LoadedConfig } from './types.ts';
import { parseConfig } from './validate.ts';
import { readJsonFile } from '../json-file.ts';

export const DEFAULT_CONFIG_FILE = 'scorm-harness.config.json';
const MODULE_EXTENSIONS = new Set(['.ts', '.mts', '.mjs', '.js']);

function invalid(file: string, message: string, hint: string, cause?: unknown): HarnessError {
  return new HarnessError({ code: 'CONFIG_INVALID', file, message, hint }, { cause });
}

async function readValue(file: string): Promise<unknown> {
  const extension = extname(file);
  if (MODULE_EXTENSIONS.has(extension)) {
    let module: { default?: unknown };
    try {
      module = (await import(pathToFileURL(file).href)) as { default?: unknown };
    } catch (cause) {
      throw invalid(
        file,
        `the config module failed to load: ${(cause as Error).message}`,
        'fix the module so that it imports cleanly',
        cause,
      );
    }
    if (module.default === undefined)
      throw invalid(file, 'the config module has no default export', 'export default { ... }');
    return module.default;
  }
  return readJsonFile(file, {
    code: 'CONFIG_INVALID',
    unreadable: { message: 'cannot read the config file', hint: 'check the --config path' },
    notJson: {
      message: (cause) => `the config file is not JSON: ${cause.message}`,
      hint: 'fix the JSON syntax (or use a .ts / .mjs config module)',
    },
  });
}

/** The config named by `--config`, or the default file in `cwd`, or an empty config. */
export async function loadConfig(file: string | undefined, cwd: string): Promise<LoadedConfig> {
  const path = resolve(cwd, file ?? DEFAULT_CONFIG_FILE);
  if (file === undefined && !existsSync(path)) return { config: {}, baseDir: cwd };
  if (!existsSync(path))
    throw invalid(path, 'the config file does not exist', 'check the --config path');
  return { config: parseConfig(await readValue(path), path), file: path, baseDir: dirname(path) };
}
