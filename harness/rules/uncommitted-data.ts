import { defineRule } from './define-rule.ts';

const minutes = (ms: number) => `${Math.round(ms / 6000) / 10} min`;

export default defineRule(
  {
    id: 'uncommitted-data',
    title: 'Data left uncommitted for a long stretch',
    severity: 'warning',
    versions: ['1.2', '2004'],
    ref: 'scorm-runtime.md#commit-persistence',
    hint: 'call Commit("") after meaningful changes or on a timer, so a closed window loses little',
    blame: 'content',
  },
  ({ options }, report) => {
    let pendingSince: number | undefined;
    let reported = false;
    const check = (t: number, seq?: number) => {
      if (pendingSince === undefined || reported || t - pendingSince <= options.maxUncommittedMs)
        return;
      reported = true;
      report(
        `data set at ${minutes(pendingSince)} was still uncommitted ${minutes(t - pendingSince)} later`,
        seq,
      );
    };
    return {
      onEvent({ event, call }) {
        check(event.t, event.seq);
        if (!call || call.failed) return;
        if (call.kind === 'set') pendingSince ??= event.t;
        if (call.kind === 'commit' || call.kind === 'terminate') {
          pendingSince = undefined;
          reported = false;
        }
      },
      finish(final) {
        check(final.t);
      },
    };
  },
);
