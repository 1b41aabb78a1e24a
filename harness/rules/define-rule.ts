/** Builds a rule from its metadata and its state machine, and gives it its pure form `check`. */
import type { Finding } from '../results/types.ts';
import type { Trace } from '../trace/types.ts';
import { runRules } from './engine.ts';
import type { LintOptions, Report, Rule, RuleContext, RuleMeta, RuleRun } from './types.ts';

export interface DefinedRule extends Rule {
  /** This rule alone over a whole trace: a pure function of the trace and the options. */
  check(trace: Trace, options?: Partial<LintOptions>): Finding[];
}

export function defineRule(
  meta: RuleMeta,
  start: (ctx: RuleContext, report: Report) => RuleRun,
): DefinedRule {
  const rule: DefinedRule = {
    ...meta,
    start,
    check: (trace, options) => runRules([rule], trace, options),
  };
  return rule;
}
