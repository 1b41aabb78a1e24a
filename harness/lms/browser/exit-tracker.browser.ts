/**
 * The LMS page's side of the exit watch (harness/driver/browser/exit-watch.browser.ts): it keeps
 * the documents of the launch (the LMS page, nesting pages, content, in the main window or a popup),
 * reports their page-dismissal events, and says when every document of a closing window has run
 * all its exit handlers, which is when the harness has heard everything the window will say.
 */
import type { ExitHooks } from '../../driver/browser/exit-watch.browser.ts';
import type { DismissalType, DocumentKind, PageMessage } from '../page-protocol.ts';

type Role = 'main' | 'popup';
type Outgoing = PageMessage extends infer M
  ? M extends PageMessage
    ? Omit<M, 'seq'>
    : never
  : never;

interface Watched {
  win: Window;
  doc: Document;
  kind: DocumentKind;
  url: string;
  role: Role;
}

export interface ExitTrackerParts {
  lms: Window;
  /** URL path of the nesting pages; every other document below the LMS page is content. */
  nestPath: string;
  send(message: Outgoing): void;
  now(): number;
  /** The LMS page itself is being dismissed: messages must leave by beacon from now on. */
  onLmsPagehide(): void;
}

function alive(entry: Watched): boolean {
  try {
    return !entry.win.closed && entry.win.document === entry.doc;
  } catch {
    return false;
  }
}

export interface ExitTracker extends ExitHooks {
  /** The popup window of the launch while it shows a document of it; null otherwise. */
  popup(): Window | null;
}

export function exitTracker(parts: ExitTrackerParts): ExitTracker {
  const documents = new Map<number, Watched>();
  const dismissing = new Map<Role, number>();
  let nextId = 0;
  let nextRequest = 0;

  const kindOf = (win: Window): DocumentKind => {
    if (win === parts.lms) return 'lms';
    return win.location.pathname.startsWith(parts.nestPath) ? 'nest' : 'content';
  };

  const finishIfDone = (role: Role) => {
    const exited = dismissing.get(role);
    if (exited === undefined) return;
    for (const entry of documents.values()) if (entry.role === role) return;
    dismissing.delete(role);
    parts.send({ type: 'window-exit', window: role, documents: exited, t: parts.now() });
  };

  return {
    register(win) {
      const id = nextId++;
      documents.set(id, {
        win,
        doc: win.document,
        kind: kindOf(win),
        url: win.location.href,
        role: win.top === parts.lms ? 'main' : 'popup',
      });
      return id;
    },
    dismissal(id, type: DismissalType, persisted) {
      const entry = documents.get(id);
      if (!entry) return;
      if (type === 'pagehide' && entry.kind === 'lms') parts.onLmsPagehide();
      if (type === 'pagehide' && entry.win === entry.win.top && !dismissing.has(entry.role)) {
        // The window is going away: documents left over from earlier navigations no longer count.
        for (const [key, other] of documents) if (!alive(other)) documents.delete(key);
        dismissing.set(entry.role, 0);
      }
      if (entry.kind === 'nest') return;
      parts.send({
        type: 'dismissal',
        event: type,
        persisted,
        kind: entry.kind,
        url: entry.url,
        window: entry.role,
        t: parts.now(),
      });
    },
    exited(id) {
      const entry = documents.get(id);
      if (!entry) return;
      documents.delete(id);
      const count = dismissing.get(entry.role);
      if (count !== undefined) dismissing.set(entry.role, count + 1);
      finishIfDone(entry.role);
    },
    blockedDialog(id, kind, message, during) {
      const entry = documents.get(id);
      parts.send({
        type: 'blocked-dialog',
        kind: kind as 'alert' | 'confirm' | 'prompt',
        message,
        during: during as DismissalType,
        url: entry?.url ?? '',
        t: parts.now(),
      });
    },
    popup() {
      for (const entry of documents.values()) {
        if (entry.role === 'popup' && alive(entry) && entry.win === entry.win.top) return entry.win;
      }
      return null;
    },
    now: parts.now,
    requestSent(method, url) {
      const id = nextRequest++;
      parts.send({ type: 'request', id, method, url, t: parts.now() });
      return id;
    },
  };
}
