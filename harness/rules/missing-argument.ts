import { defineRule } from './define-rule.ts';

export default defineRule(
  {
    id: 'missing-argument',
    calls: ['initialize', 'terminate', 'commit'],
    title: 'Initialize, Terminate or Commit called without its "" argument',
    severity: 'info',
    versions: ['1.2', '2004'],
    ref: 'scorm-runtime.md#argument-coercion',
    hint: 'pass "" explicitly: Initialize(""), not Initialize()',
    blame: 'content',
  },
  (_ctx, report) => ({
    onEvent({ event, call }) {
      if (!call || event.type !== 'api' || event.args.length > 0) return;
      if (!['initialize', 'terminate', 'commit'].includes(call.kind)) return;
      report(
        `${call.fn}() without an argument: most LMSs read it as "", some refuse it`,
        event.seq,
      );
    },
    finish() {},
  }),
);
