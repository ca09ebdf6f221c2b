import { isDescendantCode } from "../rubric/codes";

/**
 * What a leaf is: a criterion that no other criterion of the rubric lies below. Scores are entered
 * on leaves; every other row is the sum of its leaves. "Below" is by the dotted code ("1.2.3" lies
 * below "1.2" and "1", not below "1.20"), wherever the rows stand in the range: a rubric's rows need
 * not be in tree order.
 */

/**
 * For each code, whether it is a leaf among `codes`. Sorted as strings, a code's descendants follow
 * it directly ("." sorts before every digit), so one sort and one look at the next different code
 * decide every row.
 */
export function leafFlags(codes: readonly string[]): boolean[] {
  const order = codes.map((_, index) => index).sort((a, b) => (codes[a] < codes[b] ? -1 : codes[a] > codes[b] ? 1 : a - b));
  const leaf = new Array<boolean>(codes.length).fill(true);
  for (let at = 0; at < order.length; at++) {
    const code = codes[order[at]];
    let next = at + 1;
    while (next < order.length && codes[order[next]] === code) next++;
    if (next < order.length && isDescendantCode(codes[order[next]], code)) leaf[order[at]] = false;
  }
  return leaf;
}

/**
 * Formula text that is TRUE when the code in `codeCell` is a leaf among the codes in `codeRange`:
 * no code there begins with it and a dot. Codes are digits and dots only, so the COUNTIF wildcard
 * "*" is the one pattern character in the criterion.
 */
export function leafFormula(codeCell: string, codeRange: string): string {
  return `COUNTIF(${codeRange},${codeCell}&".*")=0`;
}
