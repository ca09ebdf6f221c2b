import type { CellFinding, ScoringSheetInfo, TemplateResult, ValidationReport, WorkbookOperations } from "../../src/excel/operations";

type Operation<K extends keyof WorkbookOperations> = WorkbookOperations[K];

export type FakeOperations = {
  [K in keyof WorkbookOperations]: jest.Mock<ReturnType<Operation<K>>, Parameters<Operation<K>>>;
};

function mock<K extends keyof WorkbookOperations>(
  implementation: (...args: Parameters<Operation<K>>) => ReturnType<Operation<K>>,
): jest.Mock<ReturnType<Operation<K>>, Parameters<Operation<K>>> {
  return jest.fn(implementation);
}

export const sampleSheet: ScoringSheetInfo = {
  scoringSheet: "Chấm điểm",
  rubricSheet: "Bộ tiêu chí",
  rubricId: "commune-2026",
  rubricTitle: { vi: "Bộ tiêu chí cấp xã 2026", en: "Commune rubric 2026" },
  rubricVersion: "2026.1",
  units: ["Xã An Bình", "Phường Tân Định"],
  columns: ["self", "appraised"],
};

export const sampleTemplateResult: TemplateResult = {
  scoringSheet: "Chấm điểm",
  rubricSheet: "Bộ tiêu chí",
  updated: false,
  keptScores: 0,
  orphaned: [],
  syncs: 3,
};

export function cellFinding(overrides: Partial<CellFinding> = {}): CellFinding {
  return {
    code: "score.aboveMax",
    severity: "error",
    message: { vi: "Điểm 3 vượt điểm tối đa 2.", en: "Score 3 is above the maximum 2." },
    criterion: "1.2",
    unit: "Xã An Bình",
    column: "self",
    address: "'Chấm điểm'!E12",
    area: "1",
    ...overrides,
  };
}

export function report(findings: CellFinding[], cellsRead = 120): ValidationReport {
  return { scoringSheet: "Chấm điểm", findings, cellsRead, syncs: 1 };
}

/** A workbook that answers every operation successfully; override per test to fail or wait. */
export function fakeOperations(sheets: ScoringSheetInfo[] = []): FakeOperations {
  return {
    listScoringSheets: mock<"listScoringSheets">(async () => sheets),
    createOrUpdateTemplate: mock<"createOrUpdateTemplate">(async () => sampleTemplateResult),
    readSelection: mock<"readSelection">(async () => ({ address: "Sheet1!A1:A2", values: [["Xã An Bình"], ["Phường Tân Định"]] })),
    validate: mock<"validate">(async () => report([])),
    selectCell: mock<"selectCell">(async () => undefined),
    convertTextNumbers: mock<"convertTextNumbers">(async (findings: CellFinding[]) => findings.length),
    highlight: mock<"highlight">(async () => ({ scoringSheet: "Chấm điểm", rulesAdded: 4, rulesReplaced: 2, syncs: 1 })),
    planToTarget: mock<"planToTarget">(async (_sheet, request) => ({
      unit: request.unit,
      basis: "self",
      skipped: { unit: request.unit, reason: "met" },
      cells: [],
      syncs: 1,
    })),
    pasteScores: mock<"pasteScores">(async () => ({ scoringSheet: "Chấm điểm", written: 3, replaced: 1, keptBlank: 0, syncs: 2 })),
    collectForms: mock<"collectForms">(async (scoringSheet) => ({
      scoringSheet,
      reports: [],
      scoresWritten: 0,
      evidenceRowsWritten: 0,
      syncs: 2,
    })),
    openFormAsWorkbook: mock<"openFormAsWorkbook">(async () => undefined),
    makeSummary: mock<"makeSummary">(async () => ({
      sheetName: "Báo cáo Quý IV-2026",
      basis: "self",
      basisChosen: "latest",
      notices: [],
      syncs: 2,
    })),
  };
}
