// Import-boundary check (layering from DESIGN.md): prints "disallowed import X in Y" and fails.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

const root = resolve(dirname(new URL(import.meta.url).pathname), '..');

interface Boundary {
  folder: string;
  allows(target: string, file: string): boolean;
  why: string;
}

const isRelative = (spec: string) => spec.startsWith('.');
const inside = (target: string, folder: string) =>
  target === folder || target.startsWith(folder + '/');

const boundaries: Boundary[] = [
  {
    folder: 'runtime-1.2',
    allows: (t) => inside(t, 'runtime-1.2'),
    why: 'runtimes are pure: no packages, no Node or DOM APIs, nothing outside their folder',
  },
  {
    folder: 'runtime-2004',
    allows: (t) => inside(t, 'runtime-2004'),
    why: 'runtimes are pure: no packages, no Node or DOM APIs, nothing outside their folder',
  },
  {
    folder: 'reports',
    allows: (t) =>
      inside(t, 'reports') ||
      inside(t, 'harness/trace') ||
      inside(t, 'harness/results') ||
      !t.includes('/') ||
      t.startsWith('node:') ||
      t.startsWith('@'),
    why: 'reporters render results documents; they import only trace and result types',
  },
  {
    folder: 'harness',
    allows: (t) => !inside(t, 'scenarios') && !inside(t, 'examples'),
    why: 'the harness never depends on scenarios or examples',
  },
  {
    folder: 'scenarios',
    allows: (t) => t !== 'puppeteer-core' && !inside(t, 'harness/driver/puppeteer'),
    why: 'scenarios talk to the session API, never to Puppeteer',
  },
];

const importPattern =
  /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g;
const wallClock = /\bDate\.now\s*\(|\bnew\s+Date\s*\(\s*\)|\bperformance\.now\s*\(/;

function* sourceFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* sourceFiles(path);
    else if (/\.(ts|mts|js|mjs)$/.test(name)) yield path;
  }
}

const problems: string[] = [];
for (const boundary of boundaries) {
  const base = join(root, boundary.folder);
  let files: string[];
  try {
    files = [...sourceFiles(base)];
  } catch {
    continue;
  }
  for (const file of files) {
    const rel = relative(root, file).split(sep).join('/');
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(importPattern)) {
      const spec = match[1] ?? match[2] ?? match[3] ?? '';
      const target = isRelative(spec)
        ? relative(root, resolve(dirname(file), spec))
            .split(sep)
            .join('/')
        : spec;
      if (!boundary.allows(target, rel)) {
        problems.push(`disallowed import ${spec} in ${rel} (${boundary.why})`);
      }
    }
    if (boundary.folder.startsWith('runtime-') && wallClock.test(text)) {
      problems.push(`disallowed wall clock in ${rel} (runtimes take time from the injected clock)`);
    }
  }
}

if (problems.length > 0) {
  for (const p of problems) console.error(p);
  process.exit(1);
}
console.log('import boundaries: ok');
