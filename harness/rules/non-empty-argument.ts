import { defineRule } from './define-rule.ts';
import { quote } from './helpers.ts';

export default defineRule(
  {
    id: 'non-empty-argument',
    calls: ['initialize', 'terminate', 'commit'],
    title: 'Initialize, Terminate or Commit called with a non-empty argument',
    severity: 'error',
    versions: ['1.2', '2004'],
    ref: { '1.2': 'scorm-runtime.md#api-12', '2004': 'scorm-runtime.md#api-2004' },
    hint: 'pass exactly "" to Initialize, Terminate (LMSFinish) and Commit',
    blame: 'content',
  },
  (_ctx, report) => ({
    onEvent({ event, call }) {
      if (!call || !['initialize', 'terminate', 'commit'].includes(call.kind)) return;
      if (call.value === '') return;
      report(
        `${call.fn}(${quote(call.value)}): the argument is reserved and must be "" (201)`,
        event.seq,
      );
    },
    finish() {},
  }),
);
