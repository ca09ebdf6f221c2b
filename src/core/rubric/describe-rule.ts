import type { Language } from "../bilingual";
import { formatNumber } from "../number-text";
import type { Criterion } from "./schema";

/** One line that tells the person scoring what this criterion allows (data validation prompts, rubric sheet). */
export function describeRule(criterion: Criterion, language: Language): string {
  const n = (value: number) => formatNumber(value, language);
  const vi = language === "vi";
  const max = n(criterion.max);
  const rule = criterion.rule;
  const step = criterion.step === undefined ? "" : vi ? `, bước ${n(criterion.step)}` : `, step ${n(criterion.step)}`;
  switch (rule?.type) {
    case "yesNo":
      return vi ? `Có: ${max}; Không: 0` : `Yes: ${max}; No: 0`;
    case "levels":
      return rule.levels.map((level) => `${n(level.score)}: ${vi ? level.label.vi : (level.label.en ?? level.label.vi)}`).join("; ");
    case "thresholds": {
      const bands = rule.bands.map((band) => `≥ ${n(band.minPercent)}%: ${n(band.score)}`);
      const lowest = rule.bands[rule.bands.length - 1];
      if (lowest && lowest.minPercent > 0) bands.push(`< ${n(lowest.minPercent)}%: 0`);
      const measure = rule.measure ? `${vi ? rule.measure.vi : (rule.measure.en ?? rule.measure.vi)}: ` : "";
      return measure + bands.join("; ");
    }
    case "proportional":
      return (vi ? `Tỷ lệ × ${max}` : `Ratio × ${max}`) + step;
    case "survey":
      return (vi ? `Điều tra XHH, 0 đến ${max}` : `Survey, 0 to ${max}`) + step;
    default:
      return (vi ? `0 đến ${max}` : `0 to ${max}`) + step;
  }
}
