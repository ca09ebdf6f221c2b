import type { Language } from "../bilingual";
import { formatNumber } from "../number-text";
import { VALIDATION_LIMITS, clipKeepingEnd, firstThatFits } from "../rules/validation-limits";
import { describeRule } from "./describe-rule";
import { allowedScores } from "./rubric-rows";
import { scoreListText } from "./score-list-text";
import type { Criterion } from "./schema";

/*
 * The messages of a score cell's data validation, for the forms and the scoring sheet alike. Excel
 * allows 224 characters in the error and 255 in the input message (rules/validation-limits.ts). A
 * level's label may be long ("Tuyên truyền qua từ 03 hình thức trở lên (đài truyền thanh, ...)"), so
 * the error says what to type in few words (the range and the step, or the allowed scores) and adds
 * the labels only when they fit; the input message, shown as soon as the cell is selected, carries
 * the rule in full, cut only where even 255 characters cannot hold it.
 */

/**
 * What to type, in a few words: always the range (the scoring sheet's validation checks only that),
 * then the allowed scores or the step.
 */
function whatToType(criterion: Criterion, language: Language): { short: string; withLabels?: string; fallback: string } {
  const vi = language === "vi";
  const max = formatNumber(criterion.max, language);
  const range = vi ? `Nhập số từ 0 đến ${max}` : `Enter a number from 0 to ${max}`;
  const allowed = allowedScores(criterion);
  if (allowed) {
    const list = `${range}, ${vi ? "một trong các mức" : "one of"} ${scoreListText(allowed, language)}`;
    return {
      short: list,
      withLabels: `${list} (${describeRule(criterion, language)})`,
      // A list too long for the message: the input message and the rubric's step column hold it.
      fallback: `${range}, ${vi ? "một mức điểm cho phép" : "an allowed score"}`,
    };
  }
  const step = criterion.step === undefined ? "" : `, ${vi ? "bước" : "step"} ${formatNumber(criterion.step, language)}`;
  return { short: `${range}${step}`, fallback: `${range}${step}` };
}

/**
 * The error message: what to type, then `ending` (how to say "not assessed" or "not applicable",
 * starting with its punctuation), within Excel's 224 characters. The fullest wording that fits wins.
 */
export function scoreErrorMessage(criterion: Criterion, language: Language, ending: string): string {
  const hint = whatToType(criterion, language);
  const wordings = [hint.withLabels, hint.short, hint.fallback].filter((text): text is string => text !== undefined);
  return firstThatFits(
    wordings.map((wording) => `${wording}${ending}`),
    VALIDATION_LIMITS.error,
  );
}

/** The input message: the rule in full, then `ending`, which is never cut. */
export function scorePromptMessage(criterion: Criterion, language: Language, ending: string): string {
  return clipKeepingEnd(describeRule(criterion, language), ending, VALIDATION_LIMITS.prompt);
}
