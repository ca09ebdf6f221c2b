import { parseRubric } from "../../src/core/rubric/parse-rubric";
import type { Criterion, Rubric } from "../../src/core/rubric/schema";
import { rubricRows } from "../../src/core/rubric/rubric-rows";
import { allowedScores } from "../../src/core/rubric/rubric-rows";
import { FIRST_NODE_ROW, FORM_COLUMNS } from "../../src/core/forms/form-layout";
import { cellRef } from "../../src/core/plan/a1";

/** A small seeded generator, so that a failing case can be replayed from its seed. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(next: () => number, items: readonly T[]): T => items[Math.floor(next() * items.length)];

/**
 * A valid rubric of random shape: 1 to 3 areas of criteria and sub-criteria with quarter-point maxima,
 * rules of every kind (yes/no, levels, thresholds, proportional with a step, survey), and sometimes a
 * bonus group whose items add up to more than its cap and a penalty group.
 */
export function randomRubric(seed: number): Rubric {
  const next = random(seed);
  const criteria: Criterion[] = [];
  let totalMax = 0;
  const areaCount = 1 + Math.floor(next() * 3);
  const leaf = (code: string, kind: Criterion["kind"]): Criterion => {
    const max = 0.25 * (1 + Math.floor(next() * 12));
    const base = {
      code,
      name: { vi: `Tiêu chí ${code} — nội dung "thử" & <kiểm tra>` },
      max,
      kind,
      responsible: pick(next, ["Văn phòng", "Phòng Nội vụ", "=Phòng Tư pháp"]),
      evidence: "Văn bản",
    };
    const type =
      kind === "normal" ? pick(next, ["yesNo", "levels", "thresholds", "proportional", "proportional", "survey"]) : "proportional";
    if (type === "yesNo") return { ...base, rule: { type: "yesNo" } };
    if (type === "levels")
      return {
        ...base,
        rule: {
          type: "levels",
          levels: [
            { score: max, label: { vi: "Đạt" } },
            { score: max / 2 - ((max / 2) % 0.25), label: { vi: "Một phần" } },
            { score: 0, label: { vi: "Không" } },
          ],
        },
      };
    if (type === "thresholds")
      return {
        ...base,
        rule: {
          type: "thresholds",
          bands: [
            { minPercent: 90, score: max },
            { minPercent: 50, score: 0.25 },
          ],
        },
      };
    if (type === "survey") return { ...base, rule: { type: "survey" } };
    const step = pick(next, [0.25, 0.25, 0.05, 0.001]);
    return { ...base, rule: { type: "proportional" }, step: max % step === 0 ? step : 0.25 };
  };
  for (let a = 1; a <= areaCount; a++) {
    const areaAt = criteria.push({ code: `${a}`, name: { vi: `Lĩnh vực ${a}` }, max: 0, kind: "normal" }) - 1;
    let areaMax = 0;
    const criterionCount = 1 + Math.floor(next() * 3);
    for (let c = 1; c <= criterionCount; c++) {
      if (next() < 0.3) {
        const item = leaf(`${a}.${c}`, "normal");
        criteria.push(item);
        areaMax += item.max;
        continue;
      }
      const criterionAt = criteria.push({ code: `${a}.${c}`, name: { vi: `Tiêu chí ${a}.${c}` }, max: 0, kind: "normal" }) - 1;
      let criterionMax = 0;
      const subCount = 1 + Math.floor(next() * 4);
      for (let s = 1; s <= subCount; s++) {
        const item = leaf(`${a}.${c}.${s}`, "normal");
        criteria.push(item);
        criterionMax += item.max;
      }
      criteria[criterionAt].max = criterionMax;
      areaMax += criterionMax;
    }
    criteria[areaAt].max = areaMax;
    totalMax += areaMax;
  }
  for (const [offset, kind] of [
    [1, "bonus"],
    [2, "penalty"],
  ] as const) {
    if (next() < 0.5) continue;
    const code = `${areaCount + offset}`;
    const items = [leaf(`${code}.1`, kind), leaf(`${code}.2`, kind)];
    const cap = Math.max(0.25, items[0].max); // the items may add up to more than the cap
    criteria.push({ code, name: { vi: kind === "bonus" ? "Điểm thưởng" : "Điểm trừ" }, max: cap, kind }, ...items);
  }
  const rubric = {
    id: `random-${seed}`,
    title: { vi: `Bộ tiêu chí ngẫu nhiên ${seed}` },
    level: "commune",
    year: 2026,
    version: "1",
    source: { document: "test", illustrative: true },
    totalMax,
    gradeBands: {
      default: [
        { label: { vi: "Tốt" }, minPercent: 80 },
        { label: { vi: "Yếu" }, minPercent: 0 },
      ],
    },
    criteria,
  };
  const parsed = parseRubric(rubric);
  if (!parsed.ok) throw new Error(`random rubric ${seed} is invalid: ${parsed.findings.map((f) => f.message.en).join("; ")}`);
  return parsed.rubric;
}

/** One cell typed as a user would: a number, or text (text numbers, N/A words, anything). */
export type Entry = { cell: string; number: number } | { cell: string; text: string } | { cell: string; formula: string };

/**
 * What a unit types into a form: for each self-scored leaf a blank, a valid score, 0, an N/A word in
 * any case, a text number ("8,25"), a score above the max or off the step, or a word; evidence and
 * explanations on some rows (one of them formula-like text).
 */
export function randomEntries(rubric: Rubric, seed: number): Entry[] {
  const next = random(seed * 7919 + 1);
  const entries: Entry[] = [];
  rubricRows(rubric).forEach((row, index) => {
    if (!row.isLeaf || row.kind === "survey") return;
    const r = FIRST_NODE_ROW + index;
    const score = cellRef(r, FORM_COLUMNS.score);
    const valid = validScore(row.criterion, next);
    const roll = next();
    if (roll < 0.15) {
      // blank
    } else if (roll < 0.55) entries.push({ cell: score, number: valid });
    else if (roll < 0.62) entries.push({ cell: score, number: 0 });
    else if (roll < 0.7)
      entries.push({
        cell: score,
        text: pick(next, ["N/A", "n/a", "KAD", "không áp dụng", " N/A ", "Không áp dụng", "khong ap dung", "na"]),
      });
    else if (roll < 0.77)
      // A number typed as text, as pasted from a report: decimal comma or dot, stray spaces.
      entries.push({ cell: score, text: pick(next, [comma(valid), comma(valid), ` ${comma(valid)} `, String(valid)]) });
    else if (roll < 0.83) entries.push({ cell: score, number: row.max + 0.25 });
    else if (roll < 0.88) entries.push({ cell: score, number: offStep(row.criterion, valid) });
    else if (roll < 0.91) entries.push({ cell: score, text: pick(next, ["abc", "đạt", "=1+1", "1.250"]) });
    else if (roll < 0.93) entries.push({ cell: score, formula: `=${valid}+0` });
    else entries.push({ cell: score, number: -0.25 });
    if (next() < 0.6)
      entries.push({
        cell: cellRef(r, FORM_COLUMNS.evidence),
        text: pick(next, ["Quyết định 12/QĐ-UBND ngày 03/02/2026", '=HYPERLINK("http://x")', "https://ubnd.example.vn/vb/12", "01/2026"]),
      });
    if (next() < 0.5)
      entries.push({
        cell: cellRef(r, FORM_COLUMNS.explanation),
        text: pick(next, ["Chưa ban hành kịp thời", "Đang hoàn thiện", "+ thiếu 2 báo cáo"]),
      });
  });
  return entries;
}

const comma = (value: number) => String(value).replace(".", ",");

function validScore(criterion: Criterion, next: () => number): number {
  const allowed = allowedScores(criterion);
  if (allowed) return pick(next, allowed);
  const step = criterion.step ?? 0.25;
  const count = Math.round(criterion.max / step);
  return Math.round(Math.floor(next() * (count + 1)) * step * 1e6) / 1e6;
}

function offStep(criterion: Criterion, valid: number): number {
  const allowed = allowedScores(criterion);
  const step = criterion.step ?? 0.25;
  const candidate = allowed ? 0.1 : Math.round((Math.min(valid, criterion.max - step) + step / 2) * 1e6) / 1e6;
  return Math.max(0, candidate);
}
