/**
 * Builds a mutant: the reference bridge with the mutant's one module swapped, into its own folder
 * (`mutants/dist/<id>/<variant>`, gitignored) so that build.ts's source-hash cache keeps every
 * mutant build until its sources change.
 */
import { join } from 'node:path';
import { buildBridge, type BuiltBridge } from '../build.ts';
import { MUTANTS_DIR, type Mutant, type MutantVariant } from './catalog.ts';

export function buildMutant(mutant: Mutant, variant: MutantVariant): Promise<BuiltBridge> {
  return buildBridge({
    variant,
    swaps: { ...mutant.swaps },
    outDir: join(MUTANTS_DIR, 'dist', mutant.id, variant),
  });
}
