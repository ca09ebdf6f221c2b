import { foldText } from "../text-match";

/** The kind column of a rubric range, as users and our templates write it. */
export type RowKind = "area" | "criterion" | "bonus" | "penalty" | "survey";

// A Map, not an object: "constructor" or "__proto__" typed in the kind column must not find
// Object.prototype's members and pass as a kind.
const KIND_WORDS = new Map<string, RowKind>(
  Object.entries({
    "": "criterion",
    area: "area",
    "linh vuc": "area",
    criterion: "criterion",
    "tieu chi": "criterion",
    "tieu chi thanh phan": "criterion",
    "sub-criterion": "criterion",
    subcriterion: "criterion",
    bonus: "bonus",
    "diem thuong": "bonus",
    penalty: "penalty",
    "diem tru": "penalty",
    survey: "survey",
    "dieu tra xhh": "survey",
    "dieu tra xa hoi hoc": "survey",
    dtxhh: "survey",
  } satisfies Record<string, RowKind>),
);

/** Reads a kind cell, case- and accent-insensitive; undefined when the word is unknown. */
export function readRowKind(cell: unknown): RowKind | undefined {
  if (cell === null || cell === undefined) return "criterion";
  if (typeof cell !== "string") return undefined;
  // Our own templates write exact words: skip the Unicode folding for them.
  return EXACT_WORDS.get(cell) ?? KIND_WORDS.get(foldText(cell));
}

const EXACT_WORDS = new Map<string, RowKind>();

/** The Vietnamese word our templates write in the kind column (readable by `readRowKind`). */
export const ROW_KIND_LABEL: Record<RowKind, string> = {
  area: "lĩnh vực",
  criterion: "tiêu chí",
  bonus: "điểm thưởng",
  penalty: "điểm trừ",
  survey: "điều tra XHH",
};

/**
 * The words a scoring or rubric sheet made in this language writes in its kind column: Vietnamese
 * (ROW_KIND_LABEL), or the English words the formulas read as well. Forms and the formulas' own
 * rubric tables keep the Vietnamese words.
 */
export const ROW_KIND_LABELS: Record<"vi" | "en", Record<RowKind, string>> = {
  vi: ROW_KIND_LABEL,
  en: { area: "area", criterion: "criterion", bonus: "bonus", penalty: "penalty", survey: "survey" },
};

for (const labels of Object.values(ROW_KIND_LABELS)) {
  for (const [kind, label] of Object.entries(labels)) EXACT_WORDS.set(label, kind as RowKind);
}
