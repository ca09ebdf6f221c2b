const ROMAN_QUARTERS = ["I", "II", "III", "IV"] as const;

/** The reporting period meetings use by default: the current quarter, "Quý IV/2026". */
export function defaultPeriod(today: Date): string {
  return `Quý ${ROMAN_QUARTERS[Math.floor(today.getMonth() / 3)]}/${today.getFullYear()}`;
}
