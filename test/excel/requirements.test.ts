import type { ExcelHost } from "../../workbench/host";
import { createExcelOperations } from "../../src/excel/excel-operations";
import { WorkbookOperationError } from "../../src/excel/operations";
import { bundledRubric, installHost, parEvaluator } from "./host-fixture";

/**
 * Where the client lacks the requirement set a command needs, the command says so (the pane shows
 * the operation's message), naming the Excel versions that have it, and writes nothing.
 */
let host: ExcelHost;
const rubric = bundledRubric("commune-2025");
const request = { rubric, units: ["Xã A"], columns: ["self" as const] };

function officeSupporting(highest: number) {
  (globalThis as { Office?: unknown }).Office = {
    context: {
      host: "Excel",
      requirements: {
        isSetSupported: (set: string, version: string) => set === "ExcelApi" && Number(version.split(".")[1]) <= highest,
      },
    },
  };
}

beforeEach(() => {
  host = installHost({ evaluator: parEvaluator() });
});
afterEach(() => {
  host.uninstall();
  delete (globalThis as { Office?: unknown }).Office;
});

describe("a client without the requirement set a command needs", () => {
  it("is not what office.js outside Office reports (the workbench): no host, no check", async () => {
    (globalThis as { Office?: unknown }).Office = { context: { host: null, requirements: { isSetSupported: () => false } } };
    await expect(createExcelOperations().createOrUpdateTemplate(request)).resolves.toMatchObject({ updated: false });
  });

  it("is told which Excel the template needs, and nothing is written", async () => {
    officeSupporting(8); // Excel 2019: ExcelApi 1.8
    const error = await createExcelOperations()
      .createOrUpdateTemplate(request)
      .catch((e) => e);
    expect(error).toBeInstanceOf(WorkbookOperationError);
    expect(error.userMessage.vi).toBe(
      "Lệnh này cần ExcelApi 1.9 (Excel 2021 trở lên, Microsoft 365, Excel trên web hoặc Mac); Excel này chưa có nên chưa ghi gì; hãy cập nhật Office.",
    );
    expect(error.userMessage.en).toContain("This command needs ExcelApi 1.9 (Excel 2021 or later, Microsoft 365, Excel on the web or Mac)");
    expect(host.workbook.sheets.map((sheet) => sheet.name)).toEqual(["Sheet1"]);
    expect(host.stats.syncs).toBe(0);
  });

  it("can still list the scoring sheets where that needs less, and runs every command once the set is there", async () => {
    officeSupporting(8);
    await expect(createExcelOperations().listScoringSheets()).resolves.toEqual([]);
    officeSupporting(9);
    const result = await createExcelOperations().createOrUpdateTemplate(request);
    expect(result.updated).toBe(false);
    expect(host.workbook.sheets.length).toBe(3);
  });
});
