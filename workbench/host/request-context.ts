/**
 * RequestContext: queues operations and applies them at sync(), in order, like an Office.js batch.
 * Each sync records request statistics and enforces the request payload limit.
 */
import { HostError, HostErrorCodes, hostError } from "./errors";
import { HostState } from "./host-state";
import { Commit, ContextLike } from "./proxy";
import { Workbook } from "./workbook";

interface QueuedOp {
  payload: Record<string, unknown>;
  apply: (commit: Commit) => void;
}

export class RequestContext implements ContextLike {
  /** @internal */ readonly _host: HostState;
  /** @internal */ _queue: QueuedOp[] = [];
  /** @internal */ _closed = false;
  readonly workbook: Workbook;
  /** Office.js API compatibility: tracking is unnecessary here, so these are no-ops. */
  readonly trackedObjects = { add: (_o: unknown) => undefined, remove: (_o: unknown) => undefined };
  readonly application: Workbook["application"];

  constructor(host: HostState) {
    this._host = host;
    this.workbook = new Workbook(this);
    this.application = this.workbook.application;
  }

  /** @internal */
  _enqueue(payload: Record<string, unknown>, apply: (commit: Commit) => void): void {
    this._queue.push({ payload, apply });
  }

  /** @internal */
  _ensureCalculated(): void {
    if (this._host.dirty) this._host.recalc();
  }

  /**
   * Sends the queued operations. Operations before a failing one stay applied (Excel has no
   * rollback); loaded values of a failed batch are discarded, as Office.js never receives them.
   */
  async sync<T>(passThroughValue?: T): Promise<T> {
    const ops = this._queue;
    this._queue = [];
    const host = this._host;
    host.stats.syncs += 1;
    const bytes = utf8Length(JSON.stringify(ops.map((o) => o.payload)));
    host.stats.requests.push({ bytes, operations: ops.length });
    host.stats.maxRequestBytes = Math.max(host.stats.maxRequestBytes, bytes);
    // A real sync is a round trip: never resolve synchronously.
    await Promise.resolve();
    if (this._closed) {
      throw hostError(
        HostErrorCodes.invalidObjectPath,
        "The request context is no longer valid: Excel.run has already completed.",
        "RequestContext.sync",
      );
    }
    if (bytes > host.maxRequestBytes) {
      throw hostError(
        HostErrorCodes.requestPayloadSizeLimitExceeded,
        `The request payload size (${bytes} bytes) has exceeded the limit (${host.maxRequestBytes} bytes).`,
        "RequestContext.sync",
      );
    }
    const commits: Array<() => void> = [];
    const commit: Commit = (fn) => commits.push(fn);
    try {
      for (const op of ops) {
        try {
          op.apply(commit);
        } catch (e) {
          throw asHostError(e, op.payload);
        }
      }
    } finally {
      if (host.dirty) host.recalc();
    }
    for (const fn of commits) fn();
    return passThroughValue as T;
  }
}

function asHostError(e: unknown, payload: Record<string, unknown>): HostError {
  if (e instanceof HostError) return e;
  const message = e instanceof Error ? e.message : String(e);
  return new HostError(HostErrorCodes.generalException, message, String(payload.o ?? ""));
}

/**
 * UTF-8 size of the serialized request. Equals the string length for ASCII; Vietnamese text
 * (2-3 bytes per accented letter) counts at its real wire size, which is what Excel limits.
 */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}
