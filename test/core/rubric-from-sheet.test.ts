import { rubricFromSheetRows } from "../../src/core/rubric/rubric-from-sheet";
import { rubricSheetBaseName, scoringSheetBaseName } from "../../src/core/template/sheet-labels";

/** A rubric typed on a sheet (code, kind, max, name, step, responsible, evidence) becomes a checked rubric. */
const header = ["Mã", "Loại", "Tối đa", "Tên tiêu chí", "Bước", "Cơ quan chủ trì", "Tài liệu kiểm chứng"];

describe("a rubric read from a sheet", () => {
  it("reads the rows under a header, with Vietnamese numbers typed as text", () => {
    const result = rubricFromSheetRows(
      [
        header,
        ["1", "lĩnh vực", 3, "Chỉ đạo, điều hành", null, null, null],
        ["1.1", "", "1,5", "Kế hoạch CCHC", 0.5, "Sở Nội vụ", "Kế hoạch năm"],
        ["1.2", "điều tra XHH", 1.5, "Khảo sát", null, null, null],
        [null, null, null, null, null, null, null],
      ],
      { title: "Bộ tiêu chí của tỉnh", year: 2026 },
    );
    if (!result.ok) throw new Error(result.findings.map((f) => f.message.en).join("\n"));
    expect(result.rubric.totalMax).toBe(3);
    expect(result.rubric.criteria.map((c) => [c.code, c.max, c.rule?.type, c.step, c.responsible])).toEqual([
      ["1", 3, undefined, undefined, undefined],
      ["1.1", 1.5, "proportional", 0.5, "Sở Nội vụ"],
      ["1.2", 1.5, "survey", undefined, undefined],
    ]);
  });

  it("names the criterion whose kind or max cannot be read", () => {
    const result = rubricFromSheetRows(
      [
        ["1", "lĩnh vực", 2, "A"],
        ["1.1", "thưởng?", 2, "B"],
      ],
      { title: "T", year: 2026 },
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.findings[0].message.vi).toMatch(/^Tiêu chí 1\.1: loại "thưởng\?" không hợp lệ; dùng: lĩnh vực, tiêu chí/);
  });

  it("reports sub-criteria that do not add up, naming the parent", () => {
    const result = rubricFromSheetRows(
      [
        ["1", "", 5, "A"],
        ["1.1", "", 2, "B"],
      ],
      { title: "T", year: 2026 },
    );
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.findings.map((f) => f.message.en)).toContain(
        "Criterion 1: its maximum is 5 but its sub-criteria add up to 2; make them agree (totals are always computed from the sub-criteria).",
      );
  });

  it("names its sheets from its own title, not a level it does not have (issue 10, item 7)", () => {
    const rows = [
      ["1", "lĩnh vực", 2, "A"],
      ["1.1", "", 2, "B"],
    ];
    const named = (title: string) => {
      const result = rubricFromSheetRows(rows, { title, year: 2026 });
      if (!result.ok) throw new Error("not read");
      return [scoringSheetBaseName(result.rubric), rubricSheetBaseName(result.rubric)];
    };
    expect(named("Bộ tiêu chí CCHC cấp xã")).toEqual(["Chấm điểm CCHC cấp xã 2026", "Bộ tiêu chí CCHC cấp xã 2026"]);
    const [scoring, rubric] = named("Bộ tiêu chí đánh giá cải cách hành chính phường, xã tỉnh Đồng Nai 2026");
    expect(scoring).toBe("Chấm điểm đánh giá cải…2026");
    expect(rubric.length).toBeLessThanOrEqual(31);
    expect(rubric.endsWith("2026")).toBe(true);
    expect([scoring, rubric].join(" ")).not.toMatch(/cấp sở/);
  });
});
