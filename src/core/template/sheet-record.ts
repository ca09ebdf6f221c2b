import { z } from "zod";

/**
 * The record of a scoring sheet kept in the workbook's settings (the registry), so commands find and
 * check the sheet. It lives in users' workbooks for years and is read by whatever version of the
 * add-in opens them, so its shape is a schema with a version: records written before the version
 * field existed are version 1 and read as such.
 */
export const RECORD_VERSION = 1;

export const REGISTRY_SETTING = "par-index.scoring-sheets";

const scoreColumnKind = z.enum(["self", "appraised", "projected"]);

// Loose objects: a field added by a later version survives this version reading and rewriting the registry.
export const scoringSheetRecordSchema = z.looseObject({
  /** Absent in records written before versions were recorded: those are version 1. */
  version: z.literal(RECORD_VERSION).optional(),
  /** The sheet's name when last seen; the current one is read from `rubricName` (see liveRecords). */
  scoringSheet: z.string(),
  rubricSheet: z.string(),
  rubricId: z.string(),
  rubricTitle: z.looseObject({ vi: z.string(), en: z.string() }),
  rubricVersion: z.string(),
  rubricYear: z.number(),
  unitGroup: z.string(),
  /** The unit group's grade bands, highest first, minimum as a fraction (like PAR.PERCENT). */
  bands: z.array(z.looseObject({ label: z.string(), min: z.number() })),
  units: z.array(z.string()),
  columns: z.array(scoreColumnKind),
  codes: z.array(z.string()),
  /**
   * Defined name of the rubric range on the scoring sheet. It is the record's key: Excel rewrites
   * the name's reference when the user renames the sheet, and turns it into #REF! when the sheet
   * is deleted, so the name always tells where the sheet is without an extra round trip.
   */
  rubricName: z.string().min(1),
  bandsName: z.string().min(1),
  createdAt: z.string(),
  /** Ids of the conditional formats Highlight added, so a rerun replaces only those. */
  highlightRuleIds: z.array(z.string()).optional(),
});

export type ScoringSheetRecord = z.infer<typeof scoringSheetRecordSchema>;

/**
 * The registry's records, each checked against the schema and given its version. A setting that is
 * missing or not JSON reads as no records; a record that does not fit (damaged, or from a future
 * version this one cannot read) is left out rather than trusted, so no command works from it.
 */
export function readRegistry(value: unknown): ScoringSheetRecord[] {
  if (typeof value !== "string" || value === "") return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    return [];
  }
  if (!Array.isArray(parsed)) return [];
  const records: ScoringSheetRecord[] = [];
  for (const entry of parsed) {
    const result = scoringSheetRecordSchema.safeParse(entry);
    if (result.success) records.push({ ...result.data, version: RECORD_VERSION });
  }
  return records;
}
