import type { Language } from "../bilingual";
import { readNumberText } from "../number-text";
import { allowedScores, type RubricRow } from "./rubric-rows";

/**
 * A criterion's allowed scores or step as the sheet's step column shows them, with the decimal mark
 * of the user's language: "0; 0,5; 1; 1,5" in Vietnamese, "0; 0.5; 1; 1.5" in English. The column is
 * also part of the rubric range the PAR.* formulas read, so every list written here reads back as
 * the same scores (readStepCell: ";" separates, spaces are ignored, either decimal mark is read).
 * A step alone stays a number: Excel shows it with the locale's decimal mark by itself.
 */
export function stepOrAllowedCell(row: RubricRow, language: Language): number | string | null {
  if (!row.isLeaf) return null;
  const allowed = allowedScores(row.criterion);
  return allowed ? scoreListText(allowed, language) : (row.criterion.step ?? null);
}

/** "0; 0,5; 1" (vi) or "0; 0.5; 1" (en): scores joined by "; ", no thousands separator. */
export function scoreListText(scores: readonly number[], language: Language): string {
  return scores.map((score) => scoreText(score, language)).join("; ");
}

/**
 * One score with the language's decimal mark and no grouping ("1250,5", not "1.250,5", which a
 * reader could take for a list). An English "0.125" would read as ambiguous (0.125 or, Vietnamese
 * style, 125): a trailing zero ("0.1250") makes it a decimal for every reader.
 */
export function scoreText(score: number, language: Language): string {
  const plain = Number(score.toFixed(6)).toString();
  if (language === "vi") return plain.replace(".", ",");
  return readNumberText(plain).kind === "ambiguous" ? `${plain}0` : plain;
}
