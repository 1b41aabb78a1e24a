/**
 * Runs rules over a trace in one pass: each event is classified once, shown to every rule that
 * looks at its kind with the shared session state, then folded into that state. `Linter` takes
 * events one at a time (a JSONL stream); `runRules` is the same over a whole trace document.
 */
import type { Finding } from '../results/types.ts';
import type { Trace, TraceEvent, TraceFinal, TraceMeta } from '../trace/types.ts';
import { apiCallOf, CALL_KINDS, type ApiCall, type CallKind } from './api-call.ts';
import { SessionState } from './session-state.ts';
import type { Verdict } from './verdict.ts';
import {
  DEFAULT_LINT_OPTIONS,
  type LintOptions,
  type OtherEventType,
  type Rule,
  type RuleRun,
  type Step,
} from './types.ts';

/** Findings kept per rule; beyond it one summary finding counts the rest (flat memory on huge traces). */
export const MAX_FINDINGS_PER_RULE = 100;

/** Every type of event that is not a call, as a record so that the compiler checks it is complete. */
const OTHER_EVENT_TYPES = Object.keys({
  http: true,
  dialog: true,
  console: true,
  lifecycle: true,
  commit: true,
  deviation: true,
} satisfies Record<OtherEventType, true>) as OtherEventType[];

interface Tally {
  suppressed: number;
  lastSeq: number | undefined;
}

interface Running {
  rule: Rule;
  run: RuleRun;
  tally: Tally;
}

/**
 * The rules that look at one kind of event, in catalog order (the order findings come in), as
 * their onEvent functions: one call each, no method looked up on 48 differently shaped objects.
 */
type Audience = readonly RuleRun['onEvent'][];

export class Linter {
  private readonly state: SessionState;
  private readonly running: Running[];
  private readonly byCall: Readonly<Record<CallKind, Audience>>;
  private readonly byEvent: Readonly<Partial<Record<string, Audience>>>;
  /** Rules that declare no kinds: they also see calls to functions outside the API. */
  private readonly everyEvent: Audience;
  /** One step object, refilled per event: rules read it during onEvent and never keep it. */
  private step: Step | undefined;
  private readonly findings: Finding[] = [];
  private readonly counts = new Map<string, number>();

  constructor(meta: TraceMeta, rules: readonly Rule[], options: Partial<LintOptions> = {}) {
    const merged: LintOptions = { ...DEFAULT_LINT_OPTIONS, ...options };
    this.state = new SessionState(meta);
    const ctx = { meta, edition: this.state.edition, options: merged };
    const selected = rules.filter(
      (rule) =>
        rule.versions.includes(meta.version) && (!merged.only || merged.only.includes(rule.id)),
    );
    this.running = selected.map((rule) => {
      const tally: Tally = { suppressed: 0, lastSeq: undefined };
      const run = rule.start(ctx, (message, seq) => this.add(rule, tally, message, seq));
      return { rule, run, tally };
    });
    const audience = (sees: (rule: Rule) => boolean): Audience =>
      this.running.filter(({ rule }) => sees(rule)).map(({ run }) => run.onEvent.bind(run));
    const declares = (rule: Rule) => rule.calls !== undefined || rule.events !== undefined;
    this.byCall = Object.fromEntries(
      CALL_KINDS.map((kind) => [
        kind,
        audience((rule) => !declares(rule) || (rule.calls?.includes(kind) ?? false)),
      ]),
    ) as Record<CallKind, Audience>;
    this.byEvent = Object.fromEntries(
      OTHER_EVENT_TYPES.map((type) => [
        type,
        audience((rule) => !declares(rule) || (rule.events?.includes(type) ?? false)),
      ]),
    );
    this.everyEvent = audience((rule) => !declares(rule));
  }

  push(event: TraceEvent): void {
    let call: ApiCall | undefined;
    let verdict: Verdict | undefined;
    let runs: Audience;
    if (event.type === 'api') {
      call = apiCallOf(event);
      if (call) {
        runs = this.byCall[call.kind];
        if (call.kind === 'set') {
          const { api } = call;
          verdict = this.state.oracle(api).set(call.element, call.value, this.state.lookup(api));
        } else if (call.kind === 'get') verdict = this.state.oracle(call.api).get(call.element);
      } else runs = this.everyEvent;
    } else runs = this.byEvent[event.type] ?? this.everyEvent;
    const step = (this.step ??= { event, call, verdict, state: this.state });
    step.event = event;
    step.call = call;
    step.verdict = verdict;
    for (let i = 0; i < runs.length; i++) runs[i]!(step);
    this.state.update(event, call);
  }

  finish(final: TraceFinal): Finding[] {
    for (const { rule, run, tally } of this.running) {
      run.finish(final, this.state);
      if (tally.suppressed > 0) {
        this.findings.push(
          this.finding(rule, `${tally.suppressed} more like this not listed`, tally.lastSeq),
        );
      }
    }
    return this.findings;
  }

  private add(rule: Rule, tally: Tally, message: string, seq: number | undefined): void {
    const count = (this.counts.get(rule.id) ?? 0) + 1;
    this.counts.set(rule.id, count);
    if (count > MAX_FINDINGS_PER_RULE) {
      tally.suppressed += 1;
      tally.lastSeq = seq;
      return;
    }
    this.findings.push(this.finding(rule, message, seq));
  }

  private finding(rule: Rule, message: string, seq: number | undefined): Finding {
    return {
      ruleId: rule.id,
      severity: rule.severity,
      message,
      ref: typeof rule.ref === 'string' ? rule.ref : rule.ref[this.state.version],
      blame: rule.blame,
      hint: rule.hint,
      ...(seq !== undefined ? { seq } : {}),
    };
  }
}

/** Runs `rules` over a whole trace; findings in the order the rules raised them. */
export function runRules(
  rules: readonly Rule[],
  trace: Trace,
  options: Partial<LintOptions> = {},
): Finding[] {
  const linter = new Linter(trace.meta, rules, options);
  for (const event of trace.events) linter.push(event);
  return linter.finish(trace.final);
}
