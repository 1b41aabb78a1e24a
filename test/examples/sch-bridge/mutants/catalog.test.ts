import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, relative } from 'node:path';
import { expect } from 'chai';
import { swapTarget, variantVersion } from '../../../../examples/sch-bridge/build.ts';
import { MUTANTS, MUTANTS_DIR } from '../../../../examples/sch-bridge/mutants/catalog.ts';
import { SCENARIOS } from '../../../../scenarios/index.ts';

/**
 * Beyond these a swap is no longer "a small edit of the original": lines written anew, and lines
 * changed in all (deleting what the edit left unused is part of a small edit).
 */
const MAX_NEW_LINES = 12;
const MAX_CHANGED_LINES = 40;

/**
 * The code only: no header comment (in a manifest, the comment after the XML declaration),
 * imports reduced to the module's file name.
 */
function codeLines(source: string): string[] {
  const body = source.startsWith('/**')
    ? source.slice(source.indexOf('*/') + 2)
    : source.replace(/^(<\?xml[^>]*\?>\s*)<!--[\s\S]*?-->/, '$1');
  return body
    .replace(/from '(?:\.\.?\/)+(?:src\/)?(?:[\w-]+\/)*([\w.-]+\.ts)'/g, "from '$1'")
    .split('\n')
    .map((line) => line.trimEnd())
    .filter((line) => line !== '');
}

/** Lines only in `a` and lines only in `b`, by longest common subsequence. */
function lineDiff(a: readonly string[], b: readonly string[]): { removed: number; added: number } {
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () =>
    new Array<number>(b.length + 1).fill(0),
  );
  for (let i = a.length - 1; i >= 0; i -= 1) {
    for (let j = b.length - 1; j >= 0; j -= 1) {
      lcs[i]![j] =
        a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const common = lcs[0]![0]!;
  return { removed: a.length - common, added: b.length - common };
}

describe('sch-bridge mutants: catalog', () => {
  it('has at least 20 mutants with unique kebab-case ids', () => {
    const ids = MUTANTS.map((m) => m.id);
    expect(ids.length).to.be.at.least(20);
    expect(new Set(ids).size).to.equal(ids.length);
    for (const id of ids) expect(id).to.match(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  for (const mutant of MUTANTS) {
    describe(mutant.id, () => {
      const swaps = Object.entries(mutant.swaps);

      it('swaps exactly one bridge module for a small edit of it kept in its own folder', () => {
        expect(swaps).to.have.length(1);
        const [target, replacement] = swaps[0]!;
        const original = swapTarget(target);
        expect(existsSync(original), `${target} is a bridge source or manifest`).to.equal(true);
        expect(relative(MUTANTS_DIR, dirname(replacement))).to.equal(mutant.id);
        expect(basename(replacement)).to.equal(basename(target));
        const { removed, added } = lineDiff(
          codeLines(readFileSync(original, 'utf8')),
          codeLines(readFileSync(replacement, 'utf8')),
        );
        expect(removed + added, 'lines changed').to.be.within(1, MAX_CHANGED_LINES);
        expect(added, 'lines written anew').to.be.at.most(MAX_NEW_LINES);
      });

      it('says what it breaks, where, and which scenarios must kill it', () => {
        expect(mutant.title).to.not.equal('');
        expect(mutant.breaks).to.match(/scorm-runtime\.md#|\.txt: "/);
        expect(mutant.variants.length).to.be.greaterThan(0);
        expect(mutant.expectedKilledBy.length).to.be.greaterThan(0);
      });

      it('names scenarios of the gate that run in one of its variants', () => {
        for (const id of mutant.expectedKilledBy) {
          const scenario = SCENARIOS.find((s) => s.meta.id === id);
          expect(scenario, `scenario ${id}`).to.not.equal(undefined);
          const versions: readonly string[] = scenario!.meta.versions;
          expect(
            mutant.variants.some((v) => versions.includes(variantVersion(v))),
            `${id} runs in ${mutant.variants.join(' or ')}`,
          ).to.equal(true);
        }
      });
    });
  }

  it('no two mutants swap in the same code', () => {
    const codes = MUTANTS.map((m) =>
      codeLines(readFileSync(Object.values(m.swaps)[0]!, 'utf8')).join('\n'),
    );
    expect(new Set(codes).size).to.equal(codes.length);
  });
});
