import type { Rubric } from "../src/core/rubric/schema";

/**
 * A rubric of the size the benchmarks are specified at: 8 areas × 6 criteria, most with 3 or 4
 * sub-criteria, 150 leaves in all, quarter-point steps, plus a bonus and a penalty group.
 */
export function syntheticRubric(leafCount = 150): Rubric {
  const criteria: Rubric["criteria"] = [];
  let made = 0;
  const areas = 8;
  const perArea = Math.ceil(leafCount / areas);
  let total = 0;
  for (let a = 1; a <= areas; a++) {
    const areaIndex = criteria.push({ code: `${a}`, name: { vi: `Lĩnh vực ${a}` }, max: 0, kind: "normal" }) - 1;
    let areaMax = 0;
    for (let c = 1; made < leafCount && (c - 1) * 4 < perArea; c++) {
      const criterionIndex = criteria.push({ code: `${a}.${c}`, name: { vi: `Tiêu chí ${a}.${c}` }, max: 0, kind: "normal" }) - 1;
      let criterionMax = 0;
      for (let s = 1; s <= 4 && made < leafCount && (c - 1) * 4 + s <= perArea; s++) {
        const max = 0.25 * (1 + ((a + c + s) % 6));
        criteria.push({
          code: `${a}.${c}.${s}`,
          name: { vi: `Tiêu chí thành phần ${a}.${c}.${s}` },
          max,
          kind: "normal",
          rule: { type: "proportional" },
          step: 0.25,
          responsible: `Phòng ${1 + ((a * c) % 5)}`,
          evidence: "Báo cáo",
        });
        criterionMax += max;
        made++;
      }
      criteria[criterionIndex].max = criterionMax;
      areaMax += criterionMax;
    }
    criteria[areaIndex].max = areaMax;
    total += areaMax;
  }
  return {
    id: "bench-150",
    title: { vi: "Bộ tiêu chí đo hiệu năng" },
    level: "department",
    year: 2026,
    version: "1",
    source: { document: "Synthetic benchmark rubric", illustrative: true },
    totalMax: total,
    gradeBands: {
      default: [
        { label: { vi: "Tốt" }, minPercent: 80 },
        { label: { vi: "Khá" }, minPercent: 65 },
        { label: { vi: "Yếu" }, minPercent: 0 },
      ],
    },
    criteria,
  };
}
