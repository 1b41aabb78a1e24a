import { defineRule } from './define-rule.ts';
import { element, setsElement } from './helpers.ts';

export default defineRule(
  {
    id: 'status-not-set-on-launch',
    calls: ['set', 'get'],
    events: ['commit'],
    title: 'No completion status reported in the session',
    severity: 'warning',
    versions: ['1.2', '2004'],
    ref: { '1.2': 'scorm-runtime.md#lesson-status-12', '2004': 'scorm-runtime.md#auto-completion' },
    hint: 'set lesson_status / completion_status to "incomplete" right after Initialize, so the LMS does not auto-complete',
    blame: 'content',
  },
  ({ meta, options }, report) => {
    const api = meta.version;
    const name = element('status', api);
    let known = false;
    /** The LMS's initial status, asked of the oracle on the first event (null until then). */
    let initial: string | undefined | null = null;
    return {
      onEvent({ event, call, state }) {
        if (setsElement(call, 'status')) known = true;
        // A value other than the LMS's initial one shows a status from an earlier session.
        if (initial === null) initial = state.oracle(api).initial(name);
        if (
          call?.kind === 'get' &&
          call.element === name &&
          !call.failed &&
          call.result !== initial
        )
          known = true;
        if (
          event.type === 'commit' &&
          event.reason === 'commit' &&
          (event.data[name] ?? initial) !== initial
        )
          known = true;
      },
      finish(final, state) {
        if (known || state.initializedAt === undefined) return;
        if (api === '2004' && options.completionSetByContent) return;
        report(
          `the session ended (${final.ended}) and ${name} was never set: the LMS may mark the SCO completed on its own`,
        );
      },
    };
  },
);
