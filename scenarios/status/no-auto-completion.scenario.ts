/**
 * An LMS that is not told otherwise completes an activity whose content reported nothing
 * (2004: completionSetByContent="false", the default; 1.2: "not attempted" becomes "completed" at
 * LMSFinish). The bridge prevents it twice over: its 2004 manifest sets completionSetByContent
 * "true", and it reports `incomplete` at launch. A 2004 LMS likewise satisfies an objective the
 * content reported no success for, unless objectiveSetByContent is "true": nothing at launch
 * prevents that, so the manifest must (scorm-runtime.md#auto-completion). Checked where it
 * matters: a launch whose backend is down, so the bridge reports nothing else and then ends the
 * attempt.
 */
import { expect } from 'chai';
import type { ScenarioContext } from '../../harness/scenario/context.ts';
import type { Scenario, ScenarioMeta } from '../../harness/scenario/meta.ts';
import { NAMES } from '../support/elements.ts';
import { BridgeLaunch } from '../support/bridge.ts';

export const meta = {
  id: 'no-auto-completion',
  title: 'An LMS honouring completionSetByContent=false does not auto-complete the bridge',
  ref: [
    'rustici-incomplete-on-launch.txt: "If this setting is false (the default), then if the LMS doesn’t receive any completion status information from the content, it is supposed to automatically mark the content as completed."',
    'scorm-runtime.md#auto-completion',
  ],
  versions: ['1.2', '2004'],
  launchModes: ['frameset'],
  kind: 'should',
  tags: ['status', 'completion', 'manifest'],
  rules: ['status-not-set-on-launch'],
} as const satisfies ScenarioMeta;

interface Tracking {
  completionStatus: string;
  autoCompleted: boolean;
  autoSatisfied: boolean;
}

export async function run(ctx: ScenarioContext): Promise<void> {
  const names = NAMES[ctx.version];
  const settings = ctx.target.package.scos[0]?.settings;
  if (settings?.version === '2004') {
    expect(
      settings.deliveryControls.completionSetByContent,
      'manifest completionSetByContent',
    ).to.equal(true);
    expect(
      settings.deliveryControls.objectiveSetByContent,
      'manifest objectiveSetByContent',
    ).to.equal(true);
  }
  // As an LMS that ignores the manifest (or a 2004 default) would run it, then as it says. The
  // first is where the launch-time incomplete alone must prevent the auto-completion.
  const runs = ctx.version === '2004' ? [{ completionSetByContent: false }, {}] : [{}];
  for (const runtime of runs) {
    const launched = await ctx.launch({
      query: 'schBackend=%2Fno-backend-here',
      runtime,
      previous: null,
    });
    const launch = new BridgeLaunch(launched, names);
    await launch.ready();
    const trace = await launch.finishButton();
    if (ctx.version === '2004') {
      const tracking = trace.final.state?.tracking as Tracking | undefined;
      expect(tracking, 'the LMS tracking outcome').to.not.equal(undefined);
      expect(tracking, `tracking with ${JSON.stringify(runtime)}`).to.include({
        autoCompleted: false,
        completionStatus: 'incomplete',
        autoSatisfied: false,
      });
    }
    expect(trace).to.have.committed(names.status, 'incomplete');
  }
}

export const scenario: Scenario = { meta, run };
