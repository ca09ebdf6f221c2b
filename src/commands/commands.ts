import { createExcelOperations } from "../excel/excel-operations";
import { defaultPeriod } from "../core/summary/period";

/**
 * Ribbon commands, in the shared runtime. "Meeting summary" makes the summary of the active scoring
 * sheet (or the first one) straight away; on failure it opens the pane, where the user can see why.
 */
async function makeMeetingSummary(event: Office.AddinCommands.Event): Promise<void> {
  try {
    const operations = createExcelOperations();
    const [sheet] = await operations.listScoringSheets();
    if (!sheet) throw new Error("no scoring sheet");
    await operations.makeSummary(sheet.scoringSheet, { period: defaultPeriod(new Date()), topLost: 10 });
  } catch {
    await Office.addin.showAsTaskpane().catch(() => undefined);
  } finally {
    event.completed();
  }
}

Office.onReady(() => {
  Office.actions.associate("makeMeetingSummary", makeMeetingSummary);
});
