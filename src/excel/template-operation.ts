import { bilingual } from "../core/bilingual";
import { FIRST_CRITERION_ROW, FIRST_SCORE_COLUMN, SUMMARY_ROWS } from "../core/template/scoring-layout";
import { findPredecessor, planTemplate, type TemplateRequest } from "../core/template/template-plan";
import { layoutOf } from "../core/template/verify-layout";
import { queuePlan } from "./apply-plan";
import { isPasswordError, passwordProtected, runInExcel } from "./excel-session";
import { WorkbookOperationError, type ProgressListener, type TemplateResult } from "./operations";
import { isBlankCell, leafFlags } from "../core/rules";
import { queueSheetBlock, readWorkbookState } from "./workbook-state";

/**
 * Loads a rubric into the workbook: at most three round trips (what is there; the previous scoring
 * sheet, if any; all the writes). Running it again with the same request rewrites the same sheet and
 * keeps every score; a newer rubric version gets a new sheet with the scores carried over.
 */
export function createOrUpdateTemplate(request: TemplateRequest, progress?: ProgressListener): Promise<TemplateResult> {
  return runInExcel(async (session) => {
    progress?.({ fraction: 0.1, step: bilingual("Đang đọc sổ tính…", "Reading the workbook…") });
    const state = await readWorkbookState(session);
    const found = findPredecessor(request, state);
    let values: unknown[][] = [];
    if (found) {
      progress?.({
        fraction: 0.35,
        step: bilingual(`Đang đọc điểm đã nhập ở "${found.record.scoringSheet}"…`, `Reading the scores in "${found.record.scoringSheet}"…`),
      });
      const layout = layoutOf(found.record);
      const block = queueSheetBlock(
        session.context,
        found.record.scoringSheet,
        layout.summaryFirstRow + SUMMARY_ROWS.length,
        layout.lastColumn + 1,
      );
      await session.sync();
      values = block.values;
    }
    const result = planTemplate(request, state, found && { ...found, values });
    progress?.({ fraction: 0.6, step: bilingual("Đang tạo trang chấm điểm…", "Writing the scoring sheet…") });
    queuePlan(session.context, result.plan);
    try {
      await session.sync();
    } catch (error) {
      // Our sheets come first in the plan, so a password stops the batch before anything is written.
      if (isPasswordError(error)) throw new WorkbookOperationError(passwordProtected(result.record.scoringSheet), error);
      throw error;
    }
    progress?.({ fraction: 1, step: bilingual("Xong.", "Done.") });
    return {
      scoringSheet: result.record.scoringSheet,
      rubricSheet: result.record.rubricSheet,
      updated: result.updated,
      carriedFrom: result.carriedFrom,
      keptScores: found?.inPlace ? countEntered(values, found.record.codes) : result.keptScores,
      orphaned: result.orphaned,
      orphanSheet: result.orphanSheet,
      syncs: session.syncs,
    };
  });
}

/** Leaf cells with something typed in them: the scores a rerun keeps. */
function countEntered(values: unknown[][], codes: readonly string[]): number {
  const leaves = leafFlags(codes);
  let count = 0;
  codes.forEach((_, index) => {
    if (!leaves[index]) return;
    for (const value of values[FIRST_CRITERION_ROW + index]?.slice(FIRST_SCORE_COLUMN) ?? []) {
      if (!isBlankCell(value)) count++;
    }
  });
  return count;
}
