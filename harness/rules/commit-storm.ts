import { defineRule } from './define-rule.ts';

export default defineRule(
  {
    id: 'commit-storm',
    calls: ['commit'],
    title: 'Many commits in a short time',
    severity: 'info',
    versions: ['1.2', '2004'],
    ref: 'scorm-runtime.md#content-rules',
    hint: 'commit on meaningful changes or a timer, not after every SetValue; each commit is a server round trip',
    blame: 'content',
  },
  ({ options }, report) => {
    const { commitStormCount: count, commitStormWindowMs: window } = options;
    /** Times of the last count+1 commits: flat memory whatever the trace length. */
    const recent: number[] = [];
    let inStorm = false;
    return {
      onEvent({ event, call }) {
        if (call?.kind !== 'commit' || call.failed) return;
        recent.push(event.t);
        if (recent.length > count + 1) recent.shift();
        const storm = recent.length > count && event.t - (recent[0] ?? event.t) <= window;
        if (storm && !inStorm) report(`${count + 1} commits within ${window} ms`, event.seq);
        inStorm = storm;
      },
      finish() {},
    };
  },
);
