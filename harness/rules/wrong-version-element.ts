import { defineRule } from './define-rule.ts';
import { otherVersion } from './helpers.ts';

export default defineRule(
  {
    id: 'wrong-version-element',
    calls: ['get', 'set'],
    title: 'Element of the other SCORM version',
    severity: 'error',
    versions: ['1.2', '2004'],
    ref: 'scorm-runtime.md#not-in-12',
    hint: 'use the element names of the API you talk to: cmi.core.* on 1.2, cmi.completion_status etc. on 2004',
    blame: 'content',
  },
  (_ctx, report) => ({
    onEvent({ event, call, verdict, state }) {
      if (!call || verdict?.kind !== 'unknown') return;
      const other = otherVersion(call.api);
      if (state.oracle(other).get(call.element)?.kind === 'unknown') return;
      report(
        `${call.fn}(${call.element}): a SCORM ${other} element on the SCORM ${call.api} API`,
        event.seq,
      );
    },
    finish() {},
  }),
);
