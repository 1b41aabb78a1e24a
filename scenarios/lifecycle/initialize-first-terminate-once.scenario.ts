/**
 * Initialize is the first API call; on a normal exit Terminate / LMSFinish is called exactly once
 * and nothing is called after it (scorm-runtime.md#state-model-2004, #state-model-12,
 * #content-rules). The normal exits, in a browser that no longer runs unload handlers: the Finish
 * button, pressed while the launch's own progress read is still on its way, after which the LMS
 * window goes elsewhere (pagehide must not terminate again), or closing the popup the course runs
 * in (pagehide must terminate).
 */
import { expect } from 'chai';
import type { Scenario, ScenarioMeta } from '../../harness/scenario/meta.ts';
import type { ScenarioContext } from '../../harness/scenario/context.ts';
import type { Trace } from '../../harness/trace/types.ts';
import { BridgeUnderTest, type BridgeLaunchOptions } from '../support/bridge.ts';

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
  const options: BridgeLaunchOptions = { unloadHandlers: 'deprecated' };
  const trace =
    ctx.launchMode === 'popup'
      ? await closeAfterBeat(bridge, options)
      : await finishWithLateReply(bridge, options);
  expect(trace).to.have.firstCall({ fn: names.initialize });
  expect(trace).to.have.callCount({ fn: names.initialize }, 1);
  expect(trace).to.have.callCount({ fn: names.terminate }, 1);
  expect(trace).to.have.noCallAfter({ fn: names.terminate });
  expect(trace.final.state?.terminated).to.equal(true);
}

async function closeAfterBeat(
  bridge: BridgeUnderTest,
  options: BridgeLaunchOptions,
): Promise<Trace> {
  const launch = await bridge.launch(options);
  await launch.tick(60_000);
  return launch.close();
}

/**
 * Finish while the launch's own progress read is held back, so that its reply lands after
 * Terminate (the button terminates at once) and the bridge's start goes on after it; a beat's
 * time later the LMS window goes back to the course page. The trace shows no call made after a
 * request until that request is answered, so the reply is let through before the wait.
 */
async function finishWithLateReply(
  bridge: BridgeUnderTest,
  options: BridgeLaunchOptions,
): Promise<Trace> {
  const { state, requests } = bridge.backend;
  const progress = bridge.endpoint('progress');
  const replies = () => requests.filter((r) => progress.test(r.path)).length;
  state.holdReplies(['progress']);
  try {
    const launch = await bridge.launchUnsettled(options);
    const { session } = launch;
    // The session is open and a call is in flight: the progress read is sent (or about to be).
    await launch.page.waitFor(
      `(doc) => { const r = doc.querySelector('#sch-bridge'); return !!r?.dataset.sid && r.dataset.pending !== '0'; }`,
      'the bridge to open its session',
    );
    // Not raced with session.answered(): that can resolve before the page has announced the read.
    await state.whenHeld(1);
    expect(state.heldReplies, "the launch's progress read held back").to.equal(1);
    await launch.page.submit('sch-finish');
    state.releaseReplies();
    await launch.idle();
    expect(replies(), "the launch's progress reply, landed after Finish").to.equal(1);
    await session.waitForCall(bridge.names.terminate, undefined, { within: 1000 });
    await launch.tick(60_000);
    // Navigating keeps Chromium's window (and its browser context) for the next launch; jsdom
    // cannot navigate a window away, and closing runs the same pagehide.
    return session.canNavigateAway ? await session.navigateAway() : await launch.close();
  } finally {
    state.releaseReplies();
  }
}

export const scenario: Scenario = { meta, run };
