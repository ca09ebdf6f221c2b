import type { Language } from "../bilingual";

/** "Quý IV/2026" ("Q4 2026" in English): the quarter a meeting at this date reviews by default. */
export function defaultPeriod(date: Date, language: Language = "vi"): string {
  const quarter = Math.floor(date.getMonth() / 3);
  return language === "en" ? `Q${quarter + 1} ${date.getFullYear()}` : `Quý ${["I", "II", "III", "IV"][quarter]}/${date.getFullYear()}`;
}
