/**
 * A launch's trace judged by the content rules (harness/rules), with the manifest settings that
 * change what the rules expect. The lint suite and the bridge suite both judge through here, so a
 * SCO's trace gets the same findings whichever suite recorded it.
 */
import type { Sco } from '../package/types.ts';
import type { Finding } from '../results/types.ts';
import { lintTrace } from '../rules/lint.ts';
import type { Trace } from '../trace/types.ts';

/** Findings of one trace; `launch` (the trace's index in the result) is set when given. */
export function judgeTrace(trace: Trace, sco: Sco | undefined, launch?: number): Finding[] {
  const settings = sco?.settings;
  const findings = lintTrace(trace, {
    completionSetByContent:
      settings?.version === '2004' && settings.deliveryControls.completionSetByContent,
  });
  return launch === undefined ? findings : findings.map((f) => ({ ...f, launch }));
}

/** Findings of a scenario's launches, each pointing into its own trace. */
export function judgeTraces(traces: readonly Trace[], scos: readonly Sco[]): Finding[] {
  return traces.flatMap((trace, launch) =>
    judgeTrace(
      trace,
      scos.find((s) => s.identifier === trace.meta.sco),
      launch,
    ),
  );
}
