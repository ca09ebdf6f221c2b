import { getValue, type ExcelHost } from "../../workbench/host";
import { createOrUpdateTemplate } from "../../src/excel/template-operation";
import { WorkbookOperationError } from "../../src/excel/operations";
import { bundledRubric, installHost, parEvaluator, paste } from "./host-fixture";

/**
 * The template operation itself (not only the pane's units box) treats names that differ only by
 * Unicode composition, non-breaking spaces or surrounding spaces as one unit.
 */
let host: ExcelHost;
const commune = bundledRubric("commune-2025");
const composed = "Xã An Bình".normalize("NFC");
const decomposed = "Xã An Bình".normalize("NFD");
const withNbsp = "Xã\u00a0An Bình";

beforeEach(() => {
  host = installHost({ evaluator: parEvaluator() });
});
afterEach(() => host.uninstall());

const sheetNames = () => host.workbook.sheets.map((sheet) => sheet.name);

describe("the same unit written two ways", () => {
  it.each([
    ["NFC and NFD", [composed, decomposed]],
    ["a non-breaking space", [composed, withNbsp]],
    ["surrounding spaces", [composed, `  ${composed} `]],
  ])("is refused as a duplicate when the two differ by %s, and nothing is written", async (_how, names) => {
    const error = await createOrUpdateTemplate({ rubric: commune, units: ["Phường 1", ...names], columns: ["self"] }).catch((e) => e);
    expect(error).toBeInstanceOf(WorkbookOperationError);
    expect(error.userMessage.vi).toContain(`Đơn vị "${composed}" bị trùng (dòng 2 và 3`);
    expect(error.userMessage.en).toContain("differing only in case, spacing or how the accents were typed");
    expect(sheetNames()).toEqual(["Sheet1"]);
  });

  it("is written once, in one spelling (NFC, plain spaces), in the header", async () => {
    await createOrUpdateTemplate({ rubric: commune, units: [` ${decomposed.replace(" ", "\u00a0")} `], columns: ["self"] });
    expect(getValue(host.workbook, "Chấm điểm cấp xã 2025", "G4")).toBe(composed);
  });

  it("a rerun with the names pasted another way rewrites the same sheet and keeps the scores", async () => {
    await createOrUpdateTemplate({ rubric: commune, units: [composed, "Phường 1"], columns: ["self"] });
    const sheet = "Chấm điểm cấp xã 2025";
    await paste(sheet, "G7", [[0.5]]);
    const again = await createOrUpdateTemplate({ rubric: commune, units: [decomposed, "Phường\u00a01 "], columns: ["self"] });
    expect(again).toMatchObject({ scoringSheet: sheet, updated: true, keptScores: 1 });
    expect(sheetNames()).toEqual(["Sheet1", sheet, "Bộ tiêu chí cấp xã 2025"]);
    expect(getValue(host.workbook, sheet, "G7")).toBe(0.5);
    expect(getValue(host.workbook, sheet, "G4")).toBe(composed);
  });

  it("a newer rubric version carries the scores of a unit now spelled another way", async () => {
    await createOrUpdateTemplate({ rubric: commune, units: [decomposed], columns: ["self"] });
    const rowOf = (code: string, rubric = commune) => 5 + rubric.criteria.findIndex((criterion) => criterion.code === code);
    await paste("Chấm điểm cấp xã 2025", `G${rowOf("1.1.1")}`, [[0.5]]);
    const newer = bundledRubric("commune-2026");
    const result = await createOrUpdateTemplate({ rubric: newer, units: [withNbsp], columns: ["self"] });
    expect(result).toMatchObject({ scoringSheet: "Chấm điểm cấp xã 2026", keptScores: 1, orphaned: [] });
    expect(getValue(host.workbook, "Chấm điểm cấp xã 2026", `G${rowOf("1.1.1", newer)}`)).toBe(0.5);
  });
});
