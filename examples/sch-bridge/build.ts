/**
 * Builds the reference bridge into SCORM packages with esbuild, cached by source hash.
 *
 *   npx tsx examples/sch-bridge/build.ts [--force] [1.2|2004|auto|auto-1.2 ...]
 *
 * Each variant gives a package folder (imsmanifest.xml, index.html, bridge.js) and, beside it, a
 * Node-loadable ES module of the DOM-free core (`<outDir>.core.mjs`) for in-Node tests. Mutant
 * builds pass `swaps` to replace one source module or one manifest with an alternative.
 */
import { createHash } from 'node:crypto';
import { cp, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, version as esbuildVersion, type Plugin } from 'esbuild';
import { HarnessError } from '../../harness/errors.ts';

export type BridgeVariant = '1.2' | '2004' | 'auto' | 'auto-1.2';

export const BRIDGE_VARIANTS: readonly BridgeVariant[] = ['1.2', '2004', 'auto', 'auto-1.2'];

/** Which API the page looks for, and which manifest (of which SCORM version) the package carries. */
const VARIANT_SETUP: Record<
  BridgeVariant,
  { api: '1.2' | '2004' | 'auto'; manifest: string; version: '1.2' | '2004' }
> = {
  '1.2': { api: '1.2', manifest: 'imsmanifest-1.2.xml', version: '1.2' },
  '2004': { api: '2004', manifest: 'imsmanifest-2004.xml', version: '2004' },
  auto: { api: 'auto', manifest: 'imsmanifest-2004.xml', version: '2004' },
  'auto-1.2': { api: 'auto', manifest: 'imsmanifest-1.2.xml', version: '1.2' },
};

/** The API a variant's page looks for: a GateTarget's `discovery`. */
export function variantApi(variant: BridgeVariant): '1.2' | '2004' | 'auto' {
  return VARIANT_SETUP[variant].api;
}

/** The SCORM version of a variant's package. */
export function variantVersion(variant: BridgeVariant): '1.2' | '2004' {
  return VARIANT_SETUP[variant].version;
}

export const BRIDGE_ROOT = dirname(fileURLToPath(import.meta.url));
const SRC = join(BRIDGE_ROOT, 'src');
const MANIFESTS = join(BRIDGE_ROOT, 'manifests');

export interface BuildOptions {
  variant: BridgeVariant;
  /** Package folder; default `examples/sch-bridge/dist/<variant>`. */
  outDir?: string;
  /**
   * Mutant builds: source path relative to `src/` (e.g. `core/score.ts`), or a manifest as
   * `manifests/<file>` (e.g. `manifests/imsmanifest-1.2.xml`) → replacement file.
   */
  swaps?: Record<string, string>;
  /**
   * Launch parameters baked into the manifest item's `parameters` (scorm-runtime.md#launch-url),
   * e.g. `?schBackend=/sch`, for an LMS that launches the manifest URL as is. Default outDir then
   * gets a suffix so that builds with different parameters do not overwrite each other.
   */
  parameters?: string;
  /** Rebuild even when the hash matches. */
  force?: boolean;
}

export interface BuiltBridge {
  variant: BridgeVariant;
  packageDir: string;
  /** ES module exporting SchBridge, connect, createBackendClient, … (src/core-entry.ts). */
  coreModule: string;
  hash: string;
  cached: boolean;
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

async function sourceHash(
  variant: BridgeVariant,
  parameters: string,
  swaps: Map<string, string>,
): Promise<string> {
  const hash = createHash('sha256');
  hash.update(`variant=${variant}\nparameters=${parameters}\nesbuild=${esbuildVersion}\n`);
  const files = [
    ...(await listFiles(SRC)),
    ...(await listFiles(MANIFESTS)),
    fileURLToPath(import.meta.url),
  ];
  for (const file of files)
    hash.update(`${relative(BRIDGE_ROOT, file)}\n`).update(await readFile(file));
  for (const [from, to] of [...swaps].sort())
    hash.update(`swap ${from} -> ${to}\n`).update(await readFile(to));
  return hash.digest('hex');
}

/** The file a swap key names: `manifests/…` under the bridge root, anything else under `src/`. */
export function swapTarget(from: string): string {
  return from.startsWith('manifests/') ? resolve(BRIDGE_ROOT, from) : resolve(SRC, from);
}

function resolveSwaps(swaps: Record<string, string> | undefined): Map<string, string> {
  const map = new Map<string, string>();
  for (const [from, to] of Object.entries(swaps ?? {})) map.set(swapTarget(from), resolve(to));
  return map;
}

/** Redirects imports of a swapped module, except from the replacement itself (it may wrap it). */
function swapPlugin(swaps: Map<string, string>): Plugin {
  return {
    name: 'sch-bridge-swaps',
    setup(b) {
      b.onResolve({ filter: /^\./ }, (args) => {
        const target = swaps.get(resolve(args.resolveDir, args.path));
        if (target === undefined || args.importer === target) return undefined;
        return { path: target };
      });
    },
  };
}

async function readHash(file: string): Promise<string | undefined> {
  try {
    return (await readFile(file, 'utf8')).trim();
  } catch {
    return undefined;
  }
}

async function checkSwaps(swaps: Map<string, string>): Promise<void> {
  const sources = new Set([...(await listFiles(SRC)), ...(await listFiles(MANIFESTS))]);
  for (const [from, to] of swaps) {
    if (!sources.has(from)) {
      throw new HarnessError({
        code: 'CONFIG_INVALID',
        file: to,
        message: `swap target ${relative(BRIDGE_ROOT, from)} is not a bridge source file or manifest`,
        hint: `name a file under ${relative(process.cwd(), SRC)}, e.g. core/score.ts, or a manifest, e.g. manifests/${VARIANT_SETUP['1.2'].manifest}`,
      });
    }
  }
}

const xmlAttribute = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** Adds `parameters` to the one item that launches the SCO. */
function withParameters(manifest: string, parameters: string): string {
  if (!parameters) return manifest;
  return manifest.replace(
    'identifierref="sch-sco"',
    `identifierref="sch-sco" parameters="${xmlAttribute(parameters)}"`,
  );
}

/** Another process may put its own build in place between our rm and rename: retry. */
async function replaceDir(staging: string, target: string): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    await rm(target, { recursive: true, force: true });
    try {
      await rename(staging, target);
      return;
    } catch (error) {
      if (attempt >= 3) throw error;
    }
  }
}

export async function buildBridge(options: BuildOptions): Promise<BuiltBridge> {
  const { variant } = options;
  const setup = VARIANT_SETUP[variant];
  if (!setup) {
    throw new HarnessError({
      code: 'CONFIG_INVALID',
      message: `unknown bridge variant "${String(variant)}"`,
      hint: `use one of ${BRIDGE_VARIANTS.join(', ')}`,
    });
  }
  const parameters = options.parameters ?? '';
  const suffix = parameters
    ? `-p${createHash('sha256').update(parameters).digest('hex').slice(0, 8)}`
    : '';
  const packageDir = resolve(options.outDir ?? join(BRIDGE_ROOT, 'dist', variant + suffix));
  const coreModule = `${packageDir}.core.mjs`;
  const hashFile = `${packageDir}.hash`;
  const swaps = resolveSwaps(options.swaps);
  await checkSwaps(swaps);
  const hash = await sourceHash(variant, parameters, swaps);
  if (!options.force && (await readHash(hashFile)) === hash) {
    return { variant, packageDir, coreModule, hash, cached: true };
  }

  // Build into a private folder and move it in place, so parallel builds never see half a package.
  const staging = `${packageDir}.staging-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  const plugins = [swapPlugin(swaps)];
  // Files the build reads itself (entry points, which nothing imports, and the manifest) are
  // swapped here; the plugin redirects the imports.
  const swapped = (file: string) => swaps.get(file) ?? file;
  await build({
    entryPoints: [swapped(join(SRC, 'main.ts'))],
    outfile: join(staging, 'bridge.js'),
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    define: { __SCH_API_VARIANT__: JSON.stringify(setup.api) },
    plugins,
    logLevel: 'silent',
  });
  await build({
    entryPoints: [swapped(join(SRC, 'core-entry.ts'))],
    outfile: join(staging, 'core.mjs'),
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    plugins,
    logLevel: 'silent',
  });
  await cp(join(SRC, 'page', 'index.html'), join(staging, 'index.html'));
  const manifest = await readFile(swapped(join(MANIFESTS, setup.manifest)), 'utf8');
  await writeFile(join(staging, 'imsmanifest.xml'), withParameters(manifest, parameters));
  await rename(join(staging, 'core.mjs'), `${staging}.core.mjs`);

  await replaceDir(staging, packageDir);
  await rename(`${staging}.core.mjs`, coreModule);
  await writeFile(hashFile, `${hash}\n`);
  return { variant, packageDir, coreModule, hash, cached: false };
}

async function cli(args: string[]): Promise<void> {
  const force = args.includes('--force');
  const names = args.filter((a) => a !== '--force');
  const variants = names.length > 0 ? names : BRIDGE_VARIANTS;
  for (const variant of variants) {
    const built = await buildBridge({ variant: variant as BridgeVariant, force });
    console.log(
      `${built.variant}: ${relative(process.cwd(), built.packageDir)}${built.cached ? ' (cached)' : ''}`,
    );
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  cli(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error instanceof HarnessError ? error.describe() : error);
    process.exit(2);
  });
}
