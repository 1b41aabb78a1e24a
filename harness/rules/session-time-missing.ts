import { defineRule } from './define-rule.ts';
import { element, setsElement } from './helpers.ts';

export default defineRule(
  {
    id: 'session-time-missing',
    calls: ['set', 'terminate'],
    title: 'No session_time reported before Terminate',
    severity: 'warning',
    versions: ['1.2', '2004'],
    ref: 'scorm-runtime.md#session-time',
    hint: 'set session_time to the session’s elapsed time before Terminate, or total_time never grows',
    blame: 'content',
  },
  (_ctx, report) => {
    let reported = false;
    return {
      onEvent({ event, call }) {
        if (setsElement(call, 'sessionTime')) reported = true;
        if (call?.kind !== 'terminate' || call.failed || reported) return;
        report(
          `${call.fn} without any ${element('sessionTime', call.api)} in the session`,
          event.seq,
        );
      },
      finish() {},
    };
  },
);
