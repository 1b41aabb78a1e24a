/**
 * Mutant of page/controls.ts: the Finish button only disables itself, leaving Terminate to the
 * pagehide/unload handlers when the learner closes the window; in an LMS frameset, where pressing
 * Finish is the normal exit and the window stays open, LMSFinish/Terminate is never called.
 *
 * Wires the page's buttons to the bridge (the minimal "player" a scenario drives via the DOM).
 */
import type { SchBridge } from '../../src/core/bridge.ts';

function input(doc: Document, id: string): string {
  const el = doc.getElementById(id);
  return el instanceof HTMLInputElement ? el.value.trim() : '';
}

function onClick(doc: Document, id: string, action: () => unknown): void {
  doc.getElementById(id)?.addEventListener('click', () => void action());
}

export function wireControls(doc: Document, bridge: SchBridge): void {
  onClick(doc, 'sch-complete-challenge', () =>
    bridge.completeChallenge(
      input(doc, 'sch-challenge-input'),
      Number(input(doc, 'sch-score-input')),
    ),
  );
  onClick(doc, 'sch-move', () =>
    bridge.moveBookmark({
      topic: input(doc, 'sch-topic-input'),
      challenge: input(doc, 'sch-bookmark-challenge-input'),
      phase: Number(input(doc, 'sch-phase-input')) || 1,
    }),
  );
  onClick(doc, 'sch-reveal-hint', () => bridge.revealHint(input(doc, 'sch-hint-input')));
  onClick(doc, 'sch-sync', () => bridge.syncProgress());
  // The session ends when the learner closes the window (main.ts terminates on pagehide/unload).
  onClick(doc, 'sch-finish', () => doc.getElementById('sch-finish')?.setAttribute('disabled', ''));
}
