import { bilingual } from "../core/bilingual";
import { defaultPeriod } from "../core/summary/period";
import { toOperationError } from "../excel/excel-session";
import { createExcelOperations } from "../excel/excel-operations";
import { languageFromDisplayLanguage } from "../taskpane/host-preferences";
import { postRibbonNotice } from "./ribbon-notice";

/**
 * Ribbon commands, in the shared runtime. "Meeting summary" makes the summary of the active scoring
 * sheet (or the first one) straight away: the new sheet opens. On failure the task pane opens and
 * says why and what to do.
 */
async function makeMeetingSummary(event: Office.AddinCommands.Event): Promise<void> {
  try {
    const operations = createExcelOperations();
    const [sheet] = await operations.listScoringSheets();
    if (!sheet) {
      postRibbonNotice(
        bilingual(
          "Chưa có trang chấm điểm nào để lập báo cáo họp. Hãy tạo mẫu chấm điểm ở mục Mẫu chấm điểm.",
          "There is no scoring sheet to summarize yet. Create one in the Scoring template section.",
        ),
      );
    } else {
      await operations.makeSummary(sheet.scoringSheet, {
        period: defaultPeriod(new Date(), languageFromDisplayLanguage(Office.context.displayLanguage)),
        topLost: 10,
        language: languageFromDisplayLanguage(Office.context.displayLanguage),
      });
      return;
    }
  } catch (error) {
    postRibbonNotice(toOperationError(error).userMessage);
  } finally {
    event.completed();
  }
  await Office.addin.showAsTaskpane().catch(() => undefined);
}

Office.onReady(() => {
  Office.actions.associate("makeMeetingSummary", makeMeetingSummary);
});
