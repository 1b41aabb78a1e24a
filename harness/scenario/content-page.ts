/**
 * The content's document, seen from the LMS window: read attributes, fill inputs, click, and wait
 * for a condition without real-time sleeps (a MutationObserver resolves the wait). The content
 * window is the frame (or, in popup launches, the popup the LMS page tracks) whose URL is under
 * the launch's `/content/` path, however deep it is nested.
 */
import type { DriverSession } from '../driver/driver.ts';

const FIND_CONTENT = `(() => {
  const isContent = (w) => { try { return w.location.pathname.includes('/content/'); } catch { return false; } };
  const search = (w) => {
    if (isContent(w)) return w;
    for (let i = 0; i < w.frames.length; i++) { const hit = search(w.frames[i]); if (hit) return hit; }
    return null;
  };
  const framed = search(window);
  if (framed) return framed;
  const popup = typeof window.__harnessPopup === 'function' ? window.__harnessPopup() : null;
  return popup && isContent(popup) ? search(popup) : null;
})()`;

/** A predicate over the content document, as JavaScript source: `(doc) => boolean`. */
export type DocumentPredicate = string;

export class ContentPage {
  constructor(private readonly driver: DriverSession) {}

  /** Runs `body` (JavaScript with `doc` and `win` in scope) in the content window. */
  evaluate<T>(body: string): Promise<T> {
    return this.driver.evaluate<T>(`(() => {
      const win = ${FIND_CONTENT};
      if (!win) throw new Error('no content window found under /content/');
      const doc = win.document;
      ${body}
    })()`);
  }

  attribute(selector: string, name: string): Promise<string | null> {
    return this.evaluate<string | null>(
      `const el = doc.querySelector(${JSON.stringify(selector)});
       return el ? el.getAttribute(${JSON.stringify(name)}) : null;`,
    );
  }

  texts(selector: string, attribute: string): Promise<string[]> {
    return this.evaluate<string[]>(
      `return [...doc.querySelectorAll(${JSON.stringify(selector)})].map((el) => el.getAttribute(${JSON.stringify(attribute)}) ?? '');`,
    );
  }

  /** Sets input values by id, then clicks the element with id `button`. */
  async submit(button: string, inputs: Record<string, string> = {}): Promise<void> {
    await this.evaluate<void>(
      `for (const [id, value] of Object.entries(${JSON.stringify(inputs)})) {
         const input = doc.getElementById(id);
         if (!input) throw new Error('no input #' + id);
         input.value = value;
       }
       const el = doc.getElementById(${JSON.stringify(button)});
       if (!el) throw new Error('no button #' + ${JSON.stringify(button)});
       el.click();`,
    );
  }

  /**
   * Resolves once `predicate(doc)` holds: checked now and on every DOM change of the content. The
   * page's own work (backend answers) drives the changes, so no time is spent waiting idly.
   */
  async waitFor(predicate: DocumentPredicate, what: string): Promise<void> {
    await this.evaluate<void>(
      `const test = ${predicate};
       if (test(doc)) return;
       return new Promise((resolve) => {
         const observer = new win.MutationObserver(() => {
           if (test(doc)) { observer.disconnect(); resolve(); }
         });
         observer.observe(doc, { attributes: true, childList: true, subtree: true, characterData: true });
       });`,
    ).catch((error: unknown) => {
      throw new Error(`while waiting for ${what}: ${(error as Error).message}`);
    });
  }
}
