import { createContext, useContext, useSyncExternalStore, type ReactNode } from "react";

/**
 * A counter of "the workbook may have changed": it moves when a command that writes runs, and when
 * the user comes back to the pane from the sheet (where they may have edited anything). A result
 * shown in the pane remembers the count it was made at; once the count has moved, the pane marks it
 * as possibly out of date instead of presenting old findings as the sheet's state.
 */
export interface WorkbookEpoch {
  current(): number;
  bump(): void;
  subscribe(listener: () => void): () => void;
}

export function createWorkbookEpoch(): WorkbookEpoch {
  let value = 0;
  const listeners = new Set<() => void>();
  return {
    current: () => value,
    bump() {
      value++;
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

const EpochContext = createContext<WorkbookEpoch | undefined>(undefined);

export function WorkbookEpochProvider(props: { store: WorkbookEpoch; children: ReactNode }) {
  return <EpochContext.Provider value={props.store}>{props.children}</EpochContext.Provider>;
}

/** The shared counter, or undefined outside the app (a panel tested on its own). */
export function useWorkbookEpochStore(): WorkbookEpoch | undefined {
  return useContext(EpochContext);
}

/** The current count, re-rendering when it moves (0 outside the app). */
export function useWorkbookEpoch(): number {
  const store = useContext(EpochContext);
  return useSyncExternalStore(store?.subscribe ?? noSubscription, store?.current ?? zero);
}

const noSubscription = () => () => undefined;
const zero = () => 0;
