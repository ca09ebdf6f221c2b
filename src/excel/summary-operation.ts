import { bilingual } from "../core/bilingual";
import { summarizeMeeting } from "../core/summary/summary-model";
import { planSummarySheet, summarySheetName } from "../core/summary/summary-sheet-plan";
import { queuePlan } from "./apply-plan";
import { runInExcel } from "./excel-session";
import { WorkbookOperationError, type ProgressListener, type SummaryRequest, type SummaryResult } from "./operations";
import { readScoringSheetData } from "./scoring-sheet-read";

/**
 * One click, one new sheet: named with the date and period and never replacing an earlier one (a
 * second run the same day gets " (2)"). Two round trips: read the scores, write the sheet.
 */
export async function makeSummary(
  scoringSheet: string,
  request: SummaryRequest,
  progress?: ProgressListener,
  now: Date = new Date(),
): Promise<SummaryResult> {
  // The pane and the ribbon button share one runtime: a second click while a summary is being
  // written would pick the same free sheet name and fail halfway. It is told to wait instead.
  if (summaryRunning) {
    throw new WorkbookOperationError(
      bilingual(
        "Đang tạo một báo cáo họp; hãy đợi báo cáo đó xong rồi bấm lại.",
        "A meeting summary is being created; wait until it is done, then click again.",
      ),
    );
  }
  summaryRunning = true;
  try {
    return await writeSummary(scoringSheet, request, progress, now);
  } finally {
    summaryRunning = false;
  }
}

let summaryRunning = false;

function writeSummary(
  scoringSheet: string,
  request: SummaryRequest,
  progress: ProgressListener | undefined,
  now: Date,
): Promise<SummaryResult> {
  return runInExcel(async (session) => {
    progress?.({ fraction: 0.2, step: bilingual("Đang đọc điểm…", "Reading the scores…") });
    const { data, registry } = await readScoringSheetData(session, scoringSheet);
    const summary = summarizeMeeting(data, {
      topLost: request.topLost,
      previousRanks: request.previousRanks,
      basis: request.basis,
      planUnits: request.planUnits,
    });
    const sheetName = summarySheetName(request.period, now, registry.sheets, request.language);
    progress?.({ fraction: 0.6, step: bilingual(`Đang tạo trang "${sheetName}"…`, `Writing sheet "${sheetName}"…`) });
    const sheet = planSummarySheet({ sheetName, period: request.period, record: data.record, summary, now, language: request.language });
    queuePlan(session.context, { sheets: [sheet], names: [], settings: [], activate: sheetName });
    await session.sync();
    progress?.({ fraction: 1, step: bilingual("Xong.", "Done.") });
    return { sheetName, basis: summary.basis, basisChosen: summary.basisChosen, notices: summary.notices, syncs: session.syncs };
  });
}
