import { defineRule } from './define-rule.ts';

const FIELD = /^cmi\.(interactions|objectives)\.(\d+)\.(.+)$/;

export default defineRule(
  {
    id: 'interaction-order',
    calls: ['set'],
    title: 'Interaction or objective fields set before their id or type',
    severity: 'error',
    versions: ['2004'],
    ref: 'scorm-runtime.md#interactions-data-2004',
    hint: 'set cmi.interactions.n.id (objectives.n.id) first, and type before learner_response or correct_responses',
    blame: 'content',
  },
  (_ctx, report) => {
    /** Records this session created by setting their id: their type is known only from this session. */
    const created = new Set<string>();
    return {
      onEvent({ event, call, state }) {
        if (call?.kind !== 'set') return;
        const match = FIELD.exec(call.element);
        if (!match) return;
        const [, array = '', index = '', field = ''] = match;
        const record = `cmi.${array}.${index}`;
        const count = state.count(`cmi.${array}`);
        const isNew = !created.has(record) && count !== undefined && Number(index) >= count;
        if (field === 'id') {
          if (!call.failed && isNew) created.add(record);
          return;
        }
        if (isNew) {
          report(
            `${call.fn}(${call.element}) before ${record}.id: the record does not exist yet (408)`,
            event.seq,
          );
          return;
        }
        const needsType =
          field === 'learner_response' || /^correct_responses\.\d+\.pattern$/.test(field);
        if (
          array === 'interactions' &&
          needsType &&
          created.has(record) &&
          state.value(call.api, `${record}.type`) === undefined
        ) {
          report(`${call.fn}(${call.element}) before ${record}.type (408)`, event.seq);
        }
      },
      finish() {},
    };
  },
);
