/**
 * Checks a configuration against config.schema.json before anything starts; each problem names
 * the key at fault the way a person would write it: `config.reporters[1]: must be one of console,
 * json, junit, html`.
 */
import { createRequire } from 'node:module';
import { Ajv, type ErrorObject } from 'ajv';
import { HarnessError } from '../errors.ts';
import type { HarnessConfig } from './types.ts';

const schema = createRequire(import.meta.url)('./config.schema.json') as object;
const validate = new Ajv({ allErrors: true, strict: true }).compile<HarnessConfig>(schema);

/** Where the values came from: the config file, or the command line (named by its flags). */
export type ConfigSource = 'config' | 'flags';

/** The flag of each key whose name differs from the key (`--reporter` fills `reporters`). */
const FLAGS: Record<string, string> = {
  reporters: '--reporter',
  browserWsEndpoint: '--browser-ws-endpoint',
  lmsProfile: '--lms-profile',
};

/** `/reporters/1` -> `config.reporters[1]` (or `--reporter[1]` for flags). */
export function keyPath(pointer: string, source: ConfigSource = 'config'): string {
  const [key = '', ...rest] = pointer.split('/').slice(1);
  const head = source === 'config' ? `config.${key}` : (FLAGS[key] ?? `--${key}`);
  if (key === '') return source === 'config' ? 'config' : 'options';
  return rest.reduce(
    (path, part) => (/^\d+$/.test(part) ? `${path}[${part}]` : `${path}.${part}`),
    head,
  );
}

const PATTERN_WORDS: Record<string, string> = {
  shard: 'must look like I/N, e.g. 1/2',
  browserWsEndpoint: 'must be a ws:// or wss:// URL',
  advance: 'must be a duration like 90s, 5m, 1h30m or 250ms',
  timeout: 'must be a duration like 90s, 5m, 1h30m or 250ms',
  backendPaths: 'must be a path starting with /',
};

function describe(error: ErrorObject, source: ConfigSource): string {
  const params = error.params as Record<string, unknown>;
  const at = keyPath(error.instancePath, source);
  switch (error.keyword) {
    case 'additionalProperties':
      return `${keyPath(`${error.instancePath}/${String(params.additionalProperty)}`, source)}: is not a known key`;
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).join(', ');
      // An enum on property names (propertyNames) names the key at fault.
      if (error.propertyName !== undefined) {
        return `${at}.${error.propertyName}: is not a known key (known: ${allowed})`;
      }
      return `${at}: must be one of ${allowed}`;
    }
    case 'pattern':
      return `${at}: ${PATTERN_WORDS[error.instancePath.split('/')[1] ?? ''] ?? error.message}`;
    case 'uniqueItems':
      return `${at}: names the same reporter twice`;
    default:
      return `${at}: ${error.message ?? 'is invalid'}`;
  }
}

export function parseConfig(
  value: unknown,
  file?: string,
  source: ConfigSource = 'config',
): HarnessConfig {
  if (validate(value)) return value;
  // A propertyNames failure also comes as the failing key's own error, which names it.
  const errors = (validate.errors ?? []).filter((e) => e.keyword !== 'propertyNames');
  const problems = [...new Set(errors.map((e) => describe(e, source)))];
  throw new HarnessError({
    code: 'CONFIG_INVALID',
    ...(file !== undefined ? { file } : {}),
    message: `${source === 'config' ? 'invalid configuration' : 'invalid options'}: ${problems.slice(0, 5).join('; ')}`,
    hint: 'the keys and their values are described in harness/config/config.schema.json and the README',
  });
}
