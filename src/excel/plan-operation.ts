import { bilingual } from "../core/bilingual";
import { cellRef, quoteSheet } from "../core/plan/a1";
import { summarizeMeeting } from "../core/summary/summary-model";
import { FIRST_CRITERION_ROW } from "../core/template/scoring-layout";
import { runInExcel } from "./excel-session";
import { WorkbookOperationError, type PlanRequest, type PlanView } from "./operations";
import { readScoringSheetData } from "./scoring-sheet-read";

/**
 * One unit's plan to target for the pane, from the same reading of the sheet as the meeting report
 * (so the pane and the report agree): one round trip, nothing written.
 */
export function planToTarget(scoringSheet: string, request: PlanRequest): Promise<PlanView> {
  return runInExcel(async (session) => {
    const { data } = await readScoringSheetData(session, scoringSheet);
    if (!data.record.units.includes(request.unit)) {
      throw new WorkbookOperationError(
        bilingual(
          `Trang "${scoringSheet}" không có đơn vị "${request.unit}". Hãy bấm Làm mới danh sách rồi chọn lại.`,
          `Sheet "${scoringSheet}" has no unit "${request.unit}". Refresh the list and choose again.`,
        ),
      );
    }
    const summary = summarizeMeeting(data, {
      topLost: 0,
      basis: request.basis,
      planUnits: [request.unit],
      ...(request.target ? { planTargets: { [request.unit]: request.target } } : {}),
    });
    const plan = summary.plans[0];
    const sheet = quoteSheet(scoringSheet);
    return {
      unit: request.unit,
      basis: summary.basis,
      plan,
      skipped: summary.planSkipped[0],
      cells: plan ? plan.result.leaves.map((leaf) => `${sheet}!${cellRef(FIRST_CRITERION_ROW + leaf.row, plan.column)}`) : [],
      syncs: session.syncs,
    };
  });
}
