import { bilingual } from "../core/bilingual";
import type { CollectedForm } from "../core/forms/collect-form";
import { EVIDENCE_SHEET_NAME, planCollect } from "../core/forms/collect-plan";
import { queuePlan } from "./apply-plan";
import { runInExcel } from "./excel-session";
import { WorkbookOperationError, type CollectResult, type ProgressListener } from "./operations";
import { readScoringSheetData } from "./scoring-sheet-read";

/**
 * Writes the returned forms (already read and checked by core/forms) into the scoring sheet in one
 * batch. At most three round trips whatever the number of files: read the sheet and the workbook's
 * sheets, read the evidence sheet if there is one, write everything. Differences with scores already
 * in the sheet are written only for the keys in `overwrite`; run again with the user's choices.
 */
export function collectForms(
  scoringSheet: string,
  forms: readonly CollectedForm[],
  overwrite: readonly string[],
  progress?: ProgressListener,
  now: Date = new Date(),
): Promise<CollectResult> {
  return runInExcel(async (session) => {
    progress?.({ fraction: 0.2, step: bilingual("Đang đọc trang chấm điểm…", "Reading the scoring sheet…") });
    const { data, registry } = await readScoringSheetData(session, scoringSheet);
    let evidenceValues: unknown[][] | undefined;
    if (registry.sheets.includes(EVIDENCE_SHEET_NAME)) {
      const used = session.context.workbook.worksheets.getItem(EVIDENCE_SHEET_NAME).getUsedRange(true);
      used.load("values,rowIndex,columnIndex");
      await session.sync();
      if (used.rowIndex !== 0 || used.columnIndex !== 0) {
        throw new WorkbookOperationError(
          bilingual(
            `Trang "${EVIDENCE_SHEET_NAME}" đã bị sửa (bảng không còn bắt đầu ở ô A1); đổi tên trang đó để PAR INDEX tạo trang mới rồi thu lại.`,
            `Sheet "${EVIDENCE_SHEET_NAME}" was changed (its table no longer starts at A1); rename it so that PAR INDEX makes a new one, and collect again.`,
          ),
        );
      }
      evidenceValues = used.values;
    }
    const collected = planCollect({ data, forms, evidenceValues, overwrite: new Set(overwrite), collectedAt: stamp(now) });
    progress?.({ fraction: 0.6, step: bilingual("Đang ghi điểm và minh chứng…", "Writing scores and evidence…") });
    if (collected.plan.sheets.length > 0) {
      queuePlan(session.context, collected.plan);
      await session.sync();
    }
    progress?.({ fraction: 1, step: bilingual("Xong.", "Done.") });
    return {
      scoringSheet,
      evidenceSheet: collected.evidenceRowsWritten > 0 || evidenceValues ? EVIDENCE_SHEET_NAME : undefined,
      reports: collected.reports,
      scoresWritten: collected.scoresWritten,
      evidenceRowsWritten: collected.evidenceRowsWritten,
      syncs: session.syncs,
    };
  });
}

function stamp(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())} ${pad(now.getHours())}:${pad(now.getMinutes())}`;
}

/**
 * Opens one form as a new workbook (ExcelApi 1.8: Excel on Windows, Mac and the web). The unit's
 * form then is an ordinary workbook the user saves or e-mails.
 */
export async function openFormAsWorkbook(base64: string): Promise<void> {
  try {
    await Excel.createWorkbook(base64);
  } catch (error) {
    throw new WorkbookOperationError(
      bilingual(
        `Excel không mở được phiếu thành sổ làm việc mới (${error instanceof Error ? error.message : String(error)}); bấm "Tạo phiếu và tải về" để lưu phiếu thành tệp rồi mở tệp đó.`,
        `Excel could not open the form as a new workbook (${error instanceof Error ? error.message : String(error)}); use "Make the form and download" to save it as a file, then open that file.`,
      ),
      error,
    );
  }
}
