import { defineRule } from './define-rule.ts';
import { otherVersion } from './helpers.ts';

export default defineRule(
  {
    id: 'unknown-element',
    calls: ['get', 'set'],
    title: 'GetValue or SetValue of an element the data model does not have',
    severity: 'error',
    versions: ['1.2', '2004'],
    ref: { '1.2': 'scorm-runtime.md#data-model-12', '2004': 'scorm-runtime.md#data-model-2004' },
    hint: 'check the element name against the data model of the package’s SCORM version (names are case-sensitive)',
    blame: 'content',
  },
  (_ctx, report) => ({
    onEvent({ event, call, verdict, state }) {
      if (!call || (verdict?.kind !== 'unknown' && verdict?.kind !== 'empty')) return;
      // A name of the other version is wrong-version-element's finding.
      const other = state.oracle(otherVersion(call.api)).get(call.element);
      if (verdict.kind === 'unknown' && other?.kind !== 'unknown') return;
      const name = call.element === '' ? 'an empty element name' : call.element;
      report(`${call.fn} of ${name}: not an element of SCORM ${call.api}`, event.seq);
    },
    finish() {},
  }),
);
