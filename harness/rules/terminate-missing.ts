import { fnName } from './api-call.ts';
import { defineRule } from './define-rule.ts';

export default defineRule(
  {
    id: 'terminate-missing',
    calls: [],
    events: [],
    title: 'Session ended without Terminate',
    severity: 'error',
    versions: ['1.2', '2004'],
    ref: 'scorm-runtime.md#commit-persistence',
    hint: 'call Terminate("") (LMSFinish) on exit and in a pagehide/unload handler',
    blame: 'content',
  },
  (ctx, report) => ({
    onEvent() {},
    finish(final, state) {
      const api = ctx.meta.version;
      if (state.phase(api) !== 'running') return;
      // A crash, or the harness ending the launch (a failed scenario), left the content no chance
      // to terminate: not its doing. A closed window or a hang is.
      if (final.ended === 'crashed' || final.ended === 'harness-error') return;
      report(
        `the session ended (${final.ended}) without ${fnName(api, 'terminate')}; data set since the last commit may be lost`,
      );
    },
  }),
);
