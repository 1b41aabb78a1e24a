import { defineRule } from './define-rule.ts';

export default defineRule(
  {
    id: 'keyword-misuse',
    calls: ['get'],
    title: '_children or _count asked of an element that has none',
    severity: 'warning',
    versions: ['1.2', '2004'],
    ref: 'scorm-runtime.md#arrays',
    hint: '_count exists only on arrays, _children only on categories that list children',
    blame: 'content',
  },
  (_ctx, report) => ({
    onEvent({ event, call, verdict }) {
      if (call?.kind !== 'get' || verdict?.kind !== 'keyword') return;
      report(`${call.fn}(${call.element}): ${verdict.why}`, event.seq);
    },
    finish() {},
  }),
);
