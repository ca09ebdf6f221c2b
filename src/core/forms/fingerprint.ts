import type { RubricRow } from "../rubric/rubric-rows";

/**
 * A short digest of the rubric's rows (code, kind, max, step or allowed scores), kept in the form's
 * identity: two rubric files with the same id and version but different content are told apart.
 * FNV-1a is enough here: it guards against accidents, not against forgery.
 */
export function rubricFingerprint(rows: readonly Pick<RubricRow, "code" | "kind" | "max" | "stepOrAllowed">[]): string {
  let hash = 0x811c9dc5;
  const text = rows.map((row) => `${row.code}|${row.kind}|${row.max}|${row.stepOrAllowed ?? ""}`).join("\n");
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}
