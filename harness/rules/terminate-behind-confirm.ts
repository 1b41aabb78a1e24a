import { fnName } from './api-call.ts';
import { defineRule } from './define-rule.ts';
import { quote } from './helpers.ts';

export default defineRule(
  {
    id: 'terminate-behind-confirm',
    calls: ['terminate'],
    events: ['dialog'],
    title: 'Terminate depends on a confirm() during unload',
    severity: 'error',
    versions: ['1.2', '2004'],
    ref: 'scorm-runtime.md#commit-persistence',
    hint: 'call Terminate unconditionally in the unload path; a confirm() there returns false without asking',
    blame: 'content',
  },
  ({ meta }, report) => {
    let confirm: { message: string; seq: number } | undefined;
    return {
      onEvent({ event, call, state }) {
        if (event.type === 'dialog' && event.kind === 'confirm' && state.unloading) {
          confirm ??= { message: event.message, seq: event.seq };
        }
        if (call?.kind === 'terminate' && !call.failed) confirm = undefined;
      },
      finish(_final, state) {
        if (!confirm || state.phase(meta.version) !== 'running') return;
        const terminate = fnName(meta.version, 'terminate');
        report(
          `confirm(${quote(confirm.message)}) during unload and no ${terminate} after it`,
          confirm.seq,
        );
      },
    };
  },
);
