import { defineRule } from './define-rule.ts';
import { arraySteps } from './session-state.ts';

export default defineRule(
  {
    id: 'index-beyond-count',
    calls: ['get', 'set'],
    title: 'Array index beyond _count',
    severity: 'error',
    versions: ['1.2', '2004'],
    ref: 'scorm-runtime.md#arrays',
    hint: 'read X._count first; read indexes below it and append new records at exactly _count',
    blame: 'content',
  },
  (_ctx, report) => ({
    onEvent({ event, call, state }) {
      if (call?.kind !== 'get' && call?.kind !== 'set') return;
      for (const { array, index } of arraySteps(call.element)) {
        const count = state.count(array);
        if (count === undefined) continue;
        const beyond = call.kind === 'get' ? index >= count : index > count;
        if (!beyond) continue;
        const allowed = call.kind === 'get' ? `below ${count}` : `at most ${count}`;
        report(
          `${call.fn}(${call.element}): ${array}._count is ${count}, the index must be ${allowed}`,
          event.seq,
        );
        return;
      }
    },
    finish() {},
  }),
);
