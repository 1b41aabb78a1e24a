import { defineRule } from './define-rule.ts';
import { element } from './helpers.ts';

export default defineRule(
  {
    id: 'suspend-data-over-limit',
    calls: ['set'],
    title: 'suspend_data longer than SCORM 1.2 allows',
    severity: 'error',
    versions: ['1.2'],
    ref: 'scorm-runtime.md#cmi-suspend-data',
    hint: 'SCORM 1.2 suspend_data holds at most 4096 characters: compress or trim the state',
    blame: 'content',
  },
  (_ctx, report) => ({
    onEvent({ event, call, verdict }) {
      if (call?.kind !== 'set' || call.element !== element('suspendData', call.api)) return;
      if (verdict?.kind === 'length')
        report(`${call.fn}(${call.element}): ${verdict.why}`, event.seq);
    },
    finish() {},
  }),
);
