/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "require"]}
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { differenceKey } from "../../src/core/forms/collect-plan";
import { FIRST_NODE_ROW, FORM_COLUMNS, FORM_SHEET_NAME } from "../../src/core/forms/form-layout";
import type { CollectedForm } from "../../src/core/forms/collect-form";
import { FormsPanel } from "../../src/taskpane/components/FormsPanel";
import { collectForms, makeForms } from "../../src/xlsx/forms";
import type { FormsEngine } from "../../src/xlsx/load-forms-script";
import { bundledRubrics } from "../../src/taskpane/form/bundled-rubrics";
import { fakeOperations, sampleSheet } from "./fake-operations";
import { renderInPane } from "./render-helpers";

/** The forms section with the real .xlsx engine and a fake workbook. */
jest.setTimeout(60_000);

/** The forms script's engine, built here from the same modules (jsdom loads no scripts). */
const engine: FormsEngine = {
  makeForms: (request) => makeForms(ExcelJS, JSZip, request),
  zip: async (made) => {
    const archive = new JSZip();
    for (const form of made) archive.file(form.fileName, form.bytes);
    return archive.generateAsync({ type: "uint8array" });
  },
  collect: (files, choice) => collectForms(ExcelJS, files, choice),
};
const loadEngine = async () => engine;

const rubric = bundledRubrics().find((candidate) => candidate.id === "commune-2025")!;
const sheet = { ...sampleSheet, rubricId: rubric.id, rubricVersion: rubric.version, units: ["Xã An Bình", "Phường Tân Định"] };

test("makes one form per unit of the scoring sheet and downloads them as one .zip", async () => {
  const saved: { name: string; bytes: Uint8Array; type: string }[] = [];
  renderInPane(
    <FormsPanel
      operations={fakeOperations([sheet])}
      sheet={sheet}
      loadEngine={loadEngine}
      save={(name, bytes, type) => saved.push({ name, bytes, type })}
    />,
  );
  fireEvent.click(screen.getByRole("button", { name: "Tạo 2 phiếu và tải về (.zip)" }));
  expect(await screen.findByText('Đã tạo 2 phiếu, tải về thành tệp "Phieu tu danh gia - commune-2025.zip".')).toBeTruthy();
  expect(saved).toHaveLength(1);
  expect(saved[0].type).toBe("application/zip");
  const zip = await JSZip.loadAsync(saved[0].bytes);
  expect(Object.keys(zip.files).sort()).toEqual(["Phường Tân Định.xlsx", "Xã An Bình.xlsx"]);
});

test("a rubric the add-in does not have is named, and nothing is made", async () => {
  const saved: unknown[] = [];
  const other = { ...sheet, rubricId: "tinh-x", rubricVersion: "9" };
  renderInPane(<FormsPanel operations={fakeOperations([other])} sheet={other} loadEngine={loadEngine} save={() => saved.push(1)} />);
  fireEvent.click(screen.getByRole("button", { name: /Tạo 2 phiếu/ }));
  expect(await screen.findByText(/Bộ tiêu chí tinh-x phiên bản 9 của bảng chấm không có sẵn/)).toBeTruthy();
  expect(saved).toHaveLength(0);
});

test("collects chosen files, shows each file's summary and lets the user choose which differing scores to take", async () => {
  const [form] = await engine.makeForms({ rubric, units: ["Xã An Bình"] });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(form.bytes as never);
  const leafIndex = rubric.criteria.findIndex((criterion) => criterion.code === "1.1.1");
  workbook.getWorksheet(FORM_SHEET_NAME)!.getCell(FIRST_NODE_ROW + leafIndex + 1, FORM_COLUMNS.score + 1).value = 0.5;
  const filled = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);

  const operations = fakeOperations([sheet]);
  const key = differenceKey("Xã An Bình", "1.1.1");
  operations.collectForms.mockImplementation(async (scoringSheet, forms, overwrite) => ({
    scoringSheet,
    scoresWritten: overwrite.length,
    evidenceRowsWritten: 0,
    syncs: 2,
    reports: forms.map((f: CollectedForm) => ({
      file: f.file,
      unit: f.unit,
      status: "collected" as const,
      taken: 1,
      written: overwrite.length,
      findings: f.findings,
      evidenceMissing: f.evidenceMissing,
      explanationMissing: f.explanationMissing,
      differences: [{ key, unit: "Xã An Bình", code: "1.1.1", current: 1, incoming: 0.5, overwritten: overwrite.includes(key) }],
    })),
  }));
  const { container } = renderInPane(<FormsPanel operations={operations} sheet={sheet} loadEngine={loadEngine} save={() => undefined} />);
  const input = container.querySelector("input[type=file]") as HTMLInputElement;
  fireEvent.change(input, { target: { files: [new File([filled as BlobPart], "Xã An Bình.xlsx")] } });
  fireEvent.click(screen.getByRole("button", { name: "Thu 1 phiếu vào bảng chấm" }));

  expect(await screen.findByText("Xã An Bình.xlsx — Xã An Bình")).toBeTruthy();
  expect(screen.getByText("1 điểm đã có trong bảng chấm (ghi mới 0).")).toBeTruthy();
  const [, forms, overwrite] = operations.collectForms.mock.calls[0];
  expect(overwrite).toEqual([]);
  expect(forms[0]).toMatchObject({ status: "ok", unit: "Xã An Bình", accepted: { "1.1.1": 0.5 }, evidenceMissing: ["1.1.1"] });
  expect(screen.getByText(/Có điểm nhưng thiếu tài liệu kiểm chứng \(khi thẩm định sẽ bị trừ\): 1.1.1/)).toBeTruthy();

  fireEvent.click(screen.getByRole("checkbox", { name: /Tiêu chí 1.1.1: trong bảng 1, trong phiếu 0,5/ }));
  fireEvent.click(screen.getByRole("button", { name: "Ghi đè 1 điểm đã chọn" }));
  await waitFor(() => expect(operations.collectForms).toHaveBeenCalledTimes(2));
  expect(operations.collectForms.mock.calls[1][2]).toEqual([key]);
  expect(await screen.findByText("Tiêu chí 1.1.1: đã ghi đè bằng điểm trong phiếu.")).toBeTruthy();
});
