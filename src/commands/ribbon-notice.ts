import type { Bilingual } from "../core/bilingual";

/**
 * A ribbon command has no window of its own. When one fails it opens the task pane and leaves the
 * reason here; commands.js and taskpane.js are separate bundles in the same shared runtime, so they
 * meet on the global object, not on a module.
 */
const KEY = "__parIndexRibbonNotice";
const EVENT = "par-index-ribbon-notice";

type Holder = { [KEY]?: Bilingual } & Partial<Pick<Window, "dispatchEvent" | "addEventListener" | "removeEventListener">>;
const holder = globalThis as unknown as Holder;

export function postRibbonNotice(message: Bilingual): void {
  holder[KEY] = message;
  holder.dispatchEvent?.(new Event(EVENT));
}

/** Calls `listener` with a pending notice now and with each later one; returns the unsubscribe. */
export function watchRibbonNotices(listener: (message: Bilingual) => void): () => void {
  const deliver = () => {
    const message = holder[KEY];
    if (!message) return;
    delete holder[KEY];
    listener(message);
  };
  deliver();
  holder.addEventListener?.(EVENT, deliver);
  return () => holder.removeEventListener?.(EVENT, deliver);
}
