import { readNumberText } from "../../core/number-text";

/** A number typed in a field, Vietnamese decimal comma accepted ("85,5"); undefined when it is not one. */
export function readNumberInput(text: string): number | undefined {
  const reading = readNumberText(text);
  if (reading.kind === "number") return reading.value;
  // "1.250" is ambiguous in a report; typed into a points field it is a Vietnamese thousands group.
  if (reading.kind === "ambiguous") return reading.readings[0];
  return undefined;
}

export function readPositiveInteger(text: string): number | undefined {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return undefined;
  const value = Number(trimmed);
  return value >= 1 && Number.isSafeInteger(value) ? value : undefined;
}
