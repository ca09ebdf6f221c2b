import { planHighlightRules } from "../core/highlight/highlight-plan";
import { registrySetting } from "../core/template/template-plan";
import { PROTECTION, queueConditionalFormat } from "./apply-plan";
import { runInExcel } from "./excel-session";
import type { HighlightResult } from "./operations";
import { readScoringSheetData } from "./scoring-sheet-read";

/**
 * Adds the live highlight rules. Our previous rules are found by the ids recorded last time and
 * deleted; rules the user made are never touched. Three round trips: read, write, record the ids.
 */
export function highlight(scoringSheet: string): Promise<HighlightResult> {
  return runInExcel(async (session) => {
    let worksheet = session.context.workbook.worksheets.getItem(scoringSheet);
    let existing = worksheet.getRange().conditionalFormats.load("items/id");
    const { data, registry } = await readScoringSheetData(session, scoringSheet);
    if (data.record.scoringSheet !== scoringSheet) {
      // Renamed since the pane listed it: the rules are read again under the new name.
      worksheet = session.context.workbook.worksheets.getItem(data.record.scoringSheet);
      existing = worksheet.getRange().conditionalFormats.load("items/id");
      await session.sync();
    }
    const ours = new Set(data.record.highlightRuleIds ?? []);
    const stale = existing.items.filter((format) => ours.has(format.id));

    worksheet.protection.unprotect();
    for (const format of stale) format.delete();
    const added = planHighlightRules(data.layout).map((rule) => queueConditionalFormat(worksheet, rule));
    worksheet.protection.protect(PROTECTION);
    for (const format of added) format.load("id");
    await session.sync();

    const record = { ...data.record, highlightRuleIds: added.map((format) => format.id) };
    const setting = registrySetting(registry.registry, record);
    session.context.workbook.settings.add(setting.key, setting.value);
    await session.sync();
    return { scoringSheet: data.record.scoringSheet, rulesAdded: added.length, rulesReplaced: stale.length, syncs: session.syncs };
  });
}
