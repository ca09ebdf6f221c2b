import { planForm } from "../../src/core/forms/form-plan";
import { parseRubric } from "../../src/core/rubric/parse-rubric";
import { rubricRows } from "../../src/core/rubric/rubric-rows";
import type { Criterion, Rubric } from "../../src/core/rubric/schema";
import { VALIDATION_LIMITS, clip, clipKeepingEnd } from "../../src/core/rules/validation-limits";
import { planTemplate } from "../../src/core/template/template-plan";
import { bundledRubrics } from "../../src/taskpane/form/bundled-rubrics";
import { randomRubric } from "./random-forms";

/*
 * Excel repairs a file (dropping the validation) whose data validation has a formula over 255
 * characters, an error message over 224, an input message over 255 or a title over 32; Office.js
 * refuses to set one. LibreOffice accepts anything, so only these checks keep the forms and the
 * scoring sheet inside, for every bundled rubric and for random ones.
 */

interface Validation {
  where: string;
  formula: string;
  error: string;
  prompt: string;
  errorTitle: string;
  promptTitle: string;
}

function formValidations(rubric: Rubric): Validation[] {
  return planForm({ rubric, unit: "UBND phường Tân Định", period: "Năm 2026" }).validations.map((v) => ({
    where: `${rubric.id} form R${v.row + 1}C${v.column + 1}`,
    formula: v.formula,
    error: v.error,
    prompt: v.prompt,
    errorTitle: v.errorTitle,
    promptTitle: v.promptTitle,
  }));
}

/** A unit name longer than a header shows: its full name goes into the header cell's input message. */
const LONG_UNIT = `Ủy ban nhân dân ${"phường Tân Định và các khu phố trực thuộc ".repeat(8)}`.trim();

function sheetValidations(rubric: Rubric, language: "vi" | "en"): Validation[] {
  const { plan } = planTemplate(
    { rubric, units: ["Sở Nội vụ", "UBND phường Tân Định", LONG_UNIT], columns: ["self", "appraised", "projected"], language },
    { sheets: ["Sheet1"], definedNames: [], registry: [] },
  );
  return plan.sheets.flatMap((sheet) =>
    sheet.validations.map((v) => ({
      where: `${rubric.id} ${language} ${sheet.name} R${v.row + 1}C${v.column + 1}`,
      // The plan writes "=..."; the file and Office.js hold the formula without it.
      formula: v.rule.kind === "custom" ? v.rule.formula.replace(/^=/, "") : v.rule.source,
      error: v.errorMessage,
      prompt: v.prompt,
      errorTitle: v.errorTitle,
      promptTitle: v.promptTitle,
    })),
  );
}

function overLimit(validations: readonly Validation[]): string[] {
  const L = VALIDATION_LIMITS;
  return validations.flatMap((v) => [
    ...(v.formula.length > L.formula ? [`${v.where} formula ${v.formula.length}`] : []),
    ...(v.error.length > L.error ? [`${v.where} error ${v.error.length}`] : []),
    ...(v.prompt.length > L.prompt ? [`${v.where} prompt ${v.prompt.length}`] : []),
    ...(v.errorTitle.length > L.title ? [`${v.where} error title ${v.errorTitle.length}`] : []),
    ...(v.promptTitle.length > L.title ? [`${v.where} prompt title ${v.promptTitle.length}`] : []),
  ]);
}

/** A bundled rubric with a criterion Excel's limits do not expect: deep code, long labels, many levels. */
function rubricWithLongTexts(): Rubric {
  const base = bundledRubrics().find((rubric) => rubric.id === "commune-2025")!;
  const leafIndex = rubricRows(base).findIndex((row) => row.isLeaf && row.kind === "criterion");
  const leaf = base.criteria[leafIndex];
  const levels = Array.from({ length: 40 }, (_, i) => ({
    score: Math.round((i * leaf.max * 1000) / 39) / 1000,
    label: { vi: `Mức ${i}: hoàn thành đầy đủ các nhiệm vụ được giao trong kế hoạch cải cách hành chính năm` },
  }));
  const criteria: Criterion[] = base.criteria.map((criterion, index) =>
    index === leafIndex ? { ...criterion, step: undefined, rule: { type: "levels", levels } } : criterion,
  );
  const parsed = parseRubric({ ...base, id: "long-texts", criteria });
  if (!parsed.ok) throw new Error(parsed.findings.map((finding) => finding.message.en).join("; "));
  return parsed.rubric;
}

describe("every data validation fits Excel's limits", () => {
  it("the forms and the scoring sheets (vi, en) of every bundled rubric", () => {
    const all = bundledRubrics().flatMap((rubric) => [
      ...formValidations(rubric),
      ...sheetValidations(rubric, "vi"),
      ...sheetValidations(rubric, "en"),
    ]);
    expect(all.length).toBeGreaterThan(500);
    expect(overLimit(all)).toEqual([]);
    // The long unit name's input message, cut at a word with an ellipsis.
    expect(all.filter((v) => v.prompt.startsWith("Ủy ban nhân dân phường") && v.prompt.endsWith("…")).length).toBeGreaterThan(0);
  });

  it("random rubrics, and one with 40 long levels on a criterion", () => {
    const rubrics = [...Array.from({ length: 40 }, (_, i) => randomRubric(i + 1)), rubricWithLongTexts()];
    const all = rubrics.flatMap((rubric) => [
      ...formValidations(rubric),
      ...sheetValidations(rubric, "vi"),
      ...sheetValidations(rubric, "en"),
    ]);
    expect(overLimit(all)).toEqual([]);
  });
});

describe("the messages still say the range, the step or the levels, and how to fix", () => {
  const rubric = bundledRubrics().find((candidate) => candidate.id === "commune-2025")!;
  const rows = rubricRows(rubric);
  const plan = planForm({ rubric, unit: "X" });
  const criterionOf = (row: number) => rows[row - plan.layout.firstNodeRow].criterion;

  it("on a form: the allowed scores or 0..max with the step, then blank and N/A", () => {
    for (const validation of plan.validations) {
      const criterion = criterionOf(validation.row);
      const max = String(criterion.max).replace(".", ",");
      expect(validation.error).toMatch(/Để trống nếu chưa chấm; N\/A nếu không áp dụng\.$/);
      if (criterion.rule && ["yesNo", "levels", "thresholds"].includes(criterion.rule.type)) {
        expect(validation.error).toMatch(new RegExp(`^Nhập số từ 0 đến ${max}, một trong các mức `));
      } else {
        expect(validation.error).toContain(`Nhập số từ 0 đến ${max}`);
        if (criterion.step !== undefined) expect(validation.error).toContain(`bước ${String(criterion.step).replace(".", ",")}`);
      }
      expect(validation.prompt).toMatch(/Để trống nếu chưa chấm; N\/A nếu không áp dụng\.$/);
    }
  });

  it("a list too long for the error names the range and keeps the ending; the prompt keeps its ending", () => {
    const long = planForm({ rubric: rubricWithLongTexts(), unit: "X" }).validations.find((v) => v.prompt.includes("Mức 0:"))!;
    expect(long.error).toMatch(/^Nhập số từ 0 đến [\d,]+, một mức điểm cho phép\. Để trống nếu chưa chấm; N\/A nếu không áp dụng\.$/);
    expect(long.prompt).toMatch(/^0: Mức 0: .*… Để trống nếu chưa chấm; N\/A nếu không áp dụng\.$/);
    expect(long.prompt.length).toBeLessThanOrEqual(VALIDATION_LIMITS.prompt);
  });

  it("the scoring sheet says the same in English", () => {
    const english = sheetValidations(rubric, "en").filter((v) => v.formula.startsWith("OR("));
    expect(english.every((v) => /^Enter a number from 0 to \d[^,]*(, (step|one of) .*)?, or N\/A\.$/.test(v.error))).toBe(true);
  });
});

describe("clip", () => {
  it("cuts at a word boundary near the end, with an ellipsis, never past the limit", () => {
    expect(clip("short", 10)).toBe("short");
    expect(clip("Tiêu chí 1.2.3: điểm không hợp lệ", 32)).toBe("Tiêu chí 1.2.3: điểm không hợp…");
    expect(clip("Tiêu chí 10.10.10: điểm không hợp lệ", 32)).toBe("Tiêu chí 10.10.10: điểm không…");
    expect(clip("abcdefghijklmnopqrstuvwxyz", 10)).toBe("abcdefghi…");
    for (let limit = 5; limit < 60; limit++)
      expect(clip("một hai ba bốn năm sáu bảy tám chín mười ".repeat(3), limit).length).toBeLessThanOrEqual(limit);
  });

  it("keeps the ending whole", () => {
    expect(clipKeepingEnd("a b c d e f g h i j k l m n o p", ". Để trống.", 30)).toBe("a b c d e f g h i… Để trống.");
    expect(clipKeepingEnd("a b c", ". Để trống.", 30)).toBe("a b c. Để trống.");
  });
});
