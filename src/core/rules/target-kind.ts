import type { Language } from "../bilingual";

/** A unit's target is set as a grade ("Tốt"), as a point total (85) or as a rank (3). */
export type TargetKind = "grade" | "points" | "rank";

export const TARGET_KINDS: readonly TargetKind[] = ["grade", "points", "rank"];

/**
 * The words that name a target's kind, as the pane offers them (first word of each) and as people
 * type them into the sheet's target kind cell (the others: the short words the sheet used before,
 * "Điểm" and "Hạng"). The pane's picker, the sheet's drop-down list, the target rows' formulas and
 * Check all read this one list, so a word one of them offers is never refused by another. A sheet
 * made in one language keeps working when opened in the other: every word of both is accepted.
 */
export const TARGET_KIND_WORDS: Record<Language, Record<TargetKind, readonly [string, ...string[]]>> = {
  vi: { grade: ["Xếp loại"], points: ["Tổng điểm", "Điểm"], rank: ["Thứ hạng", "Hạng"] },
  en: { grade: ["Grade"], points: ["Point total", "Points"], rank: ["Rank"] },
};

/** The word the pane shows for a kind, and the template writes into the sheet. */
export function targetKindWord(kind: TargetKind, language: Language): string {
  return TARGET_KIND_WORDS[language][kind][0];
}

/** The pane's word for each kind. */
export function targetKindWords(language: Language): Record<TargetKind, string> {
  return { grade: targetKindWord("grade", language), points: targetKindWord("points", language), rank: targetKindWord("rank", language) };
}

/** Every word of one language, kind by kind, the pane's word first: the sheet's drop-down list. */
export function targetKindChoices(language: Language): string[] {
  return TARGET_KINDS.flatMap((kind) => [...TARGET_KIND_WORDS[language][kind]]);
}

/**
 * The spellings the formulas recognise for a kind, lower case: each word of both languages as
 * written (composed, NFC) and decomposed (NFD, what some Vietnamese keyboards type). Excel compares
 * text without regard to case but with regard to Unicode composition.
 */
function spellings(kind: TargetKind): string[] {
  const forms = new Set<string>();
  for (const language of ["vi", "en"] as const) {
    for (const word of TARGET_KIND_WORDS[language][kind]) {
      for (const form of [word.normalize("NFC"), word.normalize("NFD")]) forms.add(form.toLowerCase());
    }
  }
  return [...forms];
}

const SPELLINGS: Record<TargetKind, ReadonlySet<string>> = {
  grade: new Set(spellings("grade")),
  points: new Set(spellings("points")),
  rank: new Set(spellings("rank")),
};

/** Excel's TRIM: spaces (only the plain space) off both ends, runs of them inside made one. */
function excelTrim(text: string): string {
  return text.replace(/^ +| +$/g, "").replace(/ {2,}/g, " ");
}

/**
 * The kind a target kind cell names, read as its formulas read it (targetKindIsFormula): the text
 * trimmed as Excel's TRIM does, in any case; undefined for anything else (a number, an unknown word).
 */
export function readTargetKind(cell: unknown): TargetKind | undefined {
  if (typeof cell !== "string" || cell.includes(SEPARATOR)) return undefined;
  const key = excelTrim(cell).toLowerCase();
  return TARGET_KINDS.find((kind) => SPELLINGS[kind].has(key));
}

const SEPARATOR = "|";

/**
 * Formula text (no leading "=") that is TRUE when `cell` names `kind`: the cell's trimmed lower-case
 * text looked up in one list string, as the not-applicable words are (rules/not-applicable.ts).
 */
export function targetKindIsFormula(cell: string, kind: TargetKind): string {
  const list = `${SEPARATOR}${spellings(kind).join(SEPARATOR)}${SEPARATOR}`;
  return `AND(ISNUMBER(FIND("${SEPARATOR}"&LOWER(TRIM(${cell}))&"${SEPARATOR}","${list}")),ISERR(FIND("${SEPARATOR}",${cell})))`;
}
