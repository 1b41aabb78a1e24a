// Seeded generator of realistic API call sequences: mostly Initialize → Get/Set/Commit… →
// Terminate, with calls before Initialize and after Terminate now and then, array indexes that
// usually extend arrays in order (sometimes skip one), and values mostly valid with boundary and
// invalid ones mixed in. The generator guesses array counts itself; it never asks a runtime.
import type { Access, ElementSpec, GenericFn, VersionModel } from './model.ts';
import { Prng } from './prng.ts';
import type { Pool, Value, ValueKind } from './values.ts';

export type IndexClass = 'none' | 'existing' | 'new' | 'gap';

export interface Call {
  fn: GenericFn;
  args: unknown[];
  /** Element name template (`n`/`m` placeholders kept) for GetValue/SetValue. */
  element?: string;
  access?: Access;
  kind?: ValueKind;
  index?: IndexClass;
}

const GET_WEIGHT: Record<Access, number> = {
  rw: 3,
  ro: 2,
  wo: 1,
  keyword: 1.5,
  'bad-keyword': 0.5,
  'wrong-version': 0.5,
  unknown: 0.4,
};
const SET_WEIGHT: Record<Access, number> = {
  rw: 4,
  ro: 0.6,
  wo: 3,
  keyword: 0.4,
  'bad-keyword': 0.2,
  'wrong-version': 0.5,
  unknown: 0.3,
};

class SequenceBuilder {
  private readonly calls: Call[] = [];
  private readonly counts = new Map<string, number>();
  private readonly types = new Map<string, string>();
  private readonly getChoices: (readonly [number, ElementSpec])[];
  private readonly setChoices: (readonly [number, ElementSpec])[];

  constructor(
    private readonly model: VersionModel,
    private readonly rng: Prng,
  ) {
    this.getChoices = model.elements.map((e) => [GET_WEIGHT[e.access], e] as const);
    this.setChoices = model.elements.map((e) => [SET_WEIGHT[e.access], e] as const);
  }

  build(): Call[] {
    const r = this.rng;
    if (r.chance(0.12)) this.repeat(r.int(1, 3), () => this.stray());
    if (r.chance(0.06)) this.push('Initialize', [r.pick(['x', 'true', '0'])]);
    this.push('Initialize', [r.chance(0.03) ? r.pick([undefined, null]) : '']);
    this.repeat(r.int(3, 40), () => this.body());
    const ends = r.next();
    if (ends < 0.05) this.push('Terminate', [r.pick(['x', 'false'])]);
    if (ends < 0.9) this.push('Terminate', ['']);
    if (r.chance(0.15)) this.repeat(r.int(1, 3), () => this.stray());
    return this.calls;
  }

  private repeat(times: number, step: () => void): void {
    for (let i = 0; i < times; i++) step();
  }

  private push(fn: GenericFn, args: unknown[], extra: Omit<Call, 'fn' | 'args'> = {}): void {
    this.calls.push({ fn, args, ...extra });
  }

  /** A call outside a running session (before Initialize or after Terminate). */
  private stray(): void {
    const r = this.rng;
    r.weighted<() => void>([
      [3, () => this.get()],
      [3, () => this.set()],
      [1, () => this.push('Commit', [''])],
      [1, () => this.push('Terminate', [''])],
      [1, () => this.push('Initialize', [''])],
      [1, () => this.push('GetLastError', [])],
    ])();
  }

  private body(): void {
    const r = this.rng;
    r.weighted<() => void>([
      [40, () => this.get()],
      [45, () => this.set()],
      [4, () => this.push('Commit', [''])],
      [1, () => this.push('Commit', [r.pick(['x', 'true'])])],
      [4, () => this.push('GetLastError', [])],
      [3, () => this.push('GetErrorString', [r.pick(this.model.errorCodes)])],
      [2, () => this.push('GetDiagnostic', [r.pick(this.model.errorCodes)])],
      [1, () => this.push('Initialize', [''])],
    ])();
  }

  private get(): void {
    const spec = this.rng.weighted(this.getChoices);
    const { path, index } = this.resolve(spec.path);
    this.push('GetValue', [path], { element: spec.path, access: spec.access, index });
  }

  private set(): void {
    const r = this.rng;
    const spec = r.weighted(this.setChoices);
    const { path, index, created } = this.resolve(spec.path);
    const picked = r.chance(0.02) ? undefined : this.value(spec, path);
    const value: Value = picked ?? { value: undefined, kind: 'missing' };
    const args = picked ? [path, value.value] : [path];
    this.push('SetValue', args, {
      element: spec.path,
      access: spec.access,
      kind: value.kind,
      index,
    });
    const accepted = value.kind === 'valid' || value.kind === 'boundary';
    if (!accepted || (spec.access !== 'rw' && spec.access !== 'wo')) return;
    for (const [root, rootTemplate] of created) {
      if (this.model.createsRecord(spec.path, rootTemplate)) {
        this.counts.set(root, (this.counts.get(root) ?? 0) + 1);
      }
    }
    if (spec.path.endsWith('.n.type'))
      this.types.set(path.replace(/\.type$/, ''), String(value.value));
  }

  private value(spec: ElementSpec, path: string): Value | undefined {
    const pool = this.poolFor(spec, path);
    if (pool.length === 0) return undefined;
    const valid = pool.filter((v) => v.kind === 'valid');
    return valid.length > 0 && this.rng.chance(0.6) ? this.rng.pick(valid) : this.rng.pick(pool);
  }

  private poolFor(spec: ElementSpec, path: string): Pool {
    if (typeof spec.pool !== 'string') return spec.pool;
    const byType = (spec.pool === 'response' ? this.model.responses : this.model.patterns) ?? {};
    const record = path.replace(/\.(learner_response|student_response|correct_responses\..*)$/, '');
    const known = this.types.get(record);
    const type = known && this.rng.chance(0.8) ? known : this.rng.pick(Object.keys(byType));
    return byType[type] ?? [];
  }

  /**
   * Replaces each `n`/`m` placeholder by an index: usually an existing record or the next one,
   * sometimes one past it (a gap). Returns the arrays whose next record this path would create.
   */
  private resolve(template: string): {
    path: string;
    index: IndexClass;
    created: [string, string][];
  } {
    const tokens = template.split('.');
    const out: string[] = [];
    const created: [string, string][] = [];
    let index: IndexClass = 'none';
    tokens.forEach((token, i) => {
      if (token !== 'n' && token !== 'm') {
        out.push(token);
        return;
      }
      const root = out.join('.');
      const count = this.counts.get(root) ?? 0;
      const roll = this.rng.next();
      let n: number;
      if (count > 0 && roll < 0.55) n = this.rng.int(0, count - 1);
      else if (roll < 0.94) n = count;
      else n = count + 1;
      const cls: IndexClass = n < count ? 'existing' : n === count ? 'new' : 'gap';
      if (cls === 'new') created.push([root, tokens.slice(0, i).join('.')]);
      index = worse(index, cls);
      out.push(String(n));
    });
    return { path: out.join('.'), index, created };
  }
}

const INDEX_ORDER: IndexClass[] = ['none', 'existing', 'new', 'gap'];
const worse = (a: IndexClass, b: IndexClass): IndexClass =>
  INDEX_ORDER.indexOf(a) >= INDEX_ORDER.indexOf(b) ? a : b;

/** `count` sequences for `model`, the same for the same seed. */
export function generateSequences(model: VersionModel, seed: number, count: number): Call[][] {
  const rng = new Prng(seed);
  return Array.from({ length: count }, () => new SequenceBuilder(model, rng).build());
}
