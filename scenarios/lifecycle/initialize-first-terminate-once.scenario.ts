/**
 * Initialize is the first API call; on a normal exit Terminate / LMSFinish is called exactly once
 * and nothing is called after it (scorm-runtime.md#state-model-2004, #state-model-12,
 * #content-rules). The normal exits, in a browser that no longer runs unload handlers: the Finish
 * button, pressed while a backend reply is still on its way, after which the LMS window goes
 * elsewhere (pagehide must not terminate again), or closing the popup the course runs in (pagehide
 * must terminate).
 */
import { expect } from 'chai';
import type { Scenario, ScenarioMeta } from '../../harness/scenario/meta.ts';
import type { ScenarioContext } from '../../harness/scenario/context.ts';
import type { Trace } from '../../harness/trace/types.ts';
import { BridgeUnderTest, type BridgeLaunch } from '../support/bridge.ts';

export const meta = {
  id: 'initialize-first-terminate-once',
  title: 'Initialize first; Terminate exactly once on a normal exit; no call after it',
  ref: ['scorm-runtime.md#content-rules', 'scorm-runtime.md#state-model-2004'],
  versions: ['1.2', '2004'],
  launchModes: ['frameset', 'popup'],
  kind: 'must',
  tags: ['lifecycle'],
  rules: ['terminate-missing', 'terminate-twice', 'call-after-terminate'],
} as const satisfies ScenarioMeta;

export async function run(ctx: ScenarioContext): Promise<void> {
  const bridge = new BridgeUnderTest(ctx, 'fresh-learner');
  const { names } = bridge;
  // Chrome where the unload deprecation has rolled out: leaving runs pagehide, not unload.
  const launch = await bridge.launch({ unloadHandlers: 'deprecated' });
  await launch.tick(60_000);
  const trace =
    ctx.launchMode === 'popup' ? await launch.close() : await finishWithLateReply(bridge, launch);
  expect(trace).to.have.firstCall({ fn: names.initialize });
  expect(trace).to.have.callCount({ fn: names.initialize }, 1);
  expect(trace).to.have.callCount({ fn: names.terminate }, 1);
  expect(trace).to.have.noCallAfter({ fn: names.terminate });
  expect(trace.final.state?.terminated).to.equal(true);
}

/**
 * Sync, then Finish while the progress reply is held back, so that it lands after Terminate (the
 * button terminates at once); then the LMS window goes back to the course page. The trace shows no
 * call made after a request until that request is answered, so the reply is let through before
 * the wait.
 */
async function finishWithLateReply(bridge: BridgeUnderTest, launch: BridgeLaunch): Promise<Trace> {
  const { state, requests } = bridge.backend;
  const progress = bridge.endpoint('progress');
  const replies = () => requests.filter((r) => progress.test(r.path)).length;
  const before = replies();
  state.holdReplies(['progress']);
  try {
    await launch.page.submit('sch-sync');
    await launch.page.submit('sch-finish');
    state.releaseReplies();
    await launch.idle();
    expect(replies(), 'the progress reply held back').to.equal(before + 1);
    await launch.session.waitForCall(bridge.names.terminate, undefined, { within: 1000 });
    // Navigating keeps Chromium's window (and its browser context) for the next launch; jsdom
    // cannot navigate a window away, and closing runs the same pagehide.
    return launch.session.canNavigateAway
      ? await launch.session.navigateAway()
      : await launch.close();
  } finally {
    state.releaseReplies();
  }
}

export const scenario: Scenario = { meta, run };
