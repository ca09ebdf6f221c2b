import { useCallback, useEffect, useRef, useState } from "react";
import type { Bilingual } from "../../core/bilingual";
import type { ProgressListener, ProgressUpdate } from "../../excel/operations";
import { describeError } from "./describe-error";
import { useWorkbookEpochStore } from "./workbook-epoch";

export type OperationState<T> =
  | { status: "idle" }
  | { status: "running"; progress?: ProgressUpdate }
  /** `epoch`: the workbook's change count when the result was made (see workbook-epoch). */
  | { status: "succeeded"; result: T; epoch: number }
  | { status: "failed"; error: Bilingual };

export type Outcome<T> = { ok: true; value: T } | { ok: false };

export interface Operation<T> {
  state: OperationState<T>;
  busy: boolean;
  /** Runs the task unless one is already running (a second click does nothing). Never throws. */
  run: (task: (progress: ProgressListener) => Promise<T>) => Promise<Outcome<T>>;
  reset: () => void;
}

/**
 * Runs one workbook operation at a time, with progress, and turns any failure into a message.
 * `writes`: the operation changes the workbook, so results shown elsewhere in the pane may be old.
 */
export function useOperation<T>(options: { writes?: boolean } = {}): Operation<T> {
  const epoch = useWorkbookEpochStore();
  const writes = options.writes === true;
  const [state, setState] = useState<OperationState<T>>({ status: "idle" });
  const running = useRef(false);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  const update = useCallback((next: OperationState<T>) => {
    if (mounted.current) setState(next);
  }, []);

  const run = useCallback(
    async (task: (progress: ProgressListener) => Promise<T>): Promise<Outcome<T>> => {
      if (running.current) return { ok: false };
      running.current = true;
      if (writes) epoch?.bump();
      update({ status: "running" });
      try {
        const value = await task((progress) => update({ status: "running", progress }));
        update({ status: "succeeded", result: value, epoch: epoch?.current() ?? 0 });
        return { ok: true, value };
      } catch (error) {
        update({ status: "failed", error: describeError(error) });
        return { ok: false };
      } finally {
        running.current = false;
      }
    },
    [update, epoch, writes],
  );

  const reset = useCallback(() => update({ status: "idle" }), [update]);
  return { state, busy: state.status === "running", run, reset };
}
