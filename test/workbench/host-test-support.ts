import { createExcelHost, type ExcelHost, type HostError } from "../../workbench/host";

/** A fresh in-memory Excel per test, installed as the global `Excel`; returns a getter for it. */
export function useHost(sheets: string[]): () => ExcelHost {
  let host: ExcelHost;
  beforeEach(() => {
    host = createExcelHost({ sheets });
    host.install();
  });
  afterEach(() => host.uninstall());
  return () => host;
}

/** The error a batch fails with at sync (and a test failure if it does not fail). */
export async function failure(batch: (ctx: Excel.RequestContext) => Promise<void>): Promise<HostError> {
  try {
    await Excel.run(batch);
  } catch (e) {
    return e as HostError;
  }
  throw new Error("expected Excel.run to reject");
}
