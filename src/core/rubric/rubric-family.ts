/**
 * A rubric's family: its id without the year, so "commune-2026" follows "commune-2025". Two rubrics
 * of one family are versions of each other: a scoring sheet's template upgrade and collecting a form
 * carry scores between them by code (core/template/carry-by-code); rubrics of two families never mix.
 */
export function rubricFamily(id: string): string {
  return id.replace(/-?\d{4}$/, "");
}
