import * as PAR from "../../src/functions/functions";

/**
 * Calls the PAR.* functions the way Excel does: ranges as 2-D arrays, blank cells as null or "",
 * omitted optional arguments as null, text and error values as they come.
 */
const rubric = [
  ["1", "area", 10, null],
  ["1.1", "criterion", 2, 0.5],
  ["1.2", "", 3, "0;1,5;3"],
  ["1.3", "survey", 5, null],
  ["2", "lĩnh vực", 5, null],
  ["2.1", "Tiêu chí", 5, "0,25"],
  ["3", "điểm thưởng", 2, null],
  ["3.1", "", 1.5, 0.5],
  ["3.2", "", 1.5, 0.5],
  ["4", "ĐIỂM TRỪ", 1, null],
  ["4.1", "", 1, 0.5],
];
const column = (...cells: unknown[]) => cells.map((cell) => [cell]);
const blankColumn = () => column(...rubric.map(() => null));

/** Excel shows the message of the error a function throws; tests read it the same way. */
function errorOf(call: () => unknown): { code: string; message: string } {
  try {
    call();
  } catch (error) {
    return error as { code: string; message: string };
  }
  throw new Error("expected the formula to give an error");
}

describe("PAR.TOTAL", () => {
  it("adds decimals exactly: 12.5 + 7.242 is 19.742", () => {
    const rows = [
      ["1", "area", 20, null],
      ["1.1", "", 12.5, null],
      ["1.2", "", 7.5, null],
    ];
    expect(PAR.total(column(null, 12.5, 7.242), rows)).toBe(19.742);
    expect(0.1 + 0.2).not.toBe(0.3); // the float trap this avoids
    const tenths = [["1", "", 10, null], ...Array.from({ length: 10 }, (_, i) => [`1.${i + 1}`, "", 1, null])];
    expect(PAR.total(column(null, ...Array(10).fill(0.1)), tenths)).toBe(1);
  });

  it("reads a flat list from a script as a column, the same as Excel's one-column block", () => {
    const cells = [null, 2, 3, 4, null, 5, null, 1.5, 1.5, null, 0.5];
    expect(PAR.total(cells as never, rubric)).toBe(PAR.total(column(...cells), rubric));
    expect(PAR.total(cells as never, rubric)).toBe(15.5);
    expect(PAR.total(2 as never, [["1", "", 3, null]])).toBe(2); // a single cell may come bare
  });

  it("ignores what is typed on parent rows: totals come from the leaves", () => {
    const scores = column(99, 2, 3, 4, 77, 5, null, null, null, null, null);
    expect(PAR.total(scores, rubric)).toBe(14);
  });

  it("adds bonus capped at the bonus group's max and subtracts penalty", () => {
    const scores = column(null, 2, 3, 5, null, 5, null, 1.5, 1.5, null, 0.5);
    // 15 + min(3, 2) − 0.5
    expect(PAR.total(scores, rubric)).toBe(16.5);
  });

  it("treats null and empty text as blank (not assessed), not as an error", () => {
    expect(PAR.total(column(null, "", null, "  ", null, 1.25, null, null, null, null, null), rubric)).toBe(1.25);
  });

  it("refuses a score above the max with #VALUE! naming the criterion", () => {
    const error = errorOf(() => PAR.total(column(null, 2.5, null, null, null, null, null, null, null, null, null), rubric));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toContain("1.1");
    expect(error.message).toContain("vượt điểm tối đa 2");
    expect(error.message).toContain("exceeds its maximum 2");
  });

  it("refuses negative scores, off-step scores and scores outside the allowed list", () => {
    const at = (row: number, value: unknown) => {
      const scores = blankColumn();
      scores[row] = [value];
      return errorOf(() => PAR.total(scores, rubric)).message;
    };
    expect(at(1, -0.5)).toMatch(/1\.1.*âm/);
    expect(at(1, 0.3)).toMatch(/1\.1.*bước điểm 0,5/);
    expect(at(2, 1)).toMatch(/1\.2.*0; 1,5; 3/);
    expect(at(5, 4.1)).toMatch(/2\.1.*bước điểm 0,25/);
    expect(at(10, -1)).toMatch(/Điểm trừ của 4\.1.*số dương/);
  });

  it("refuses numbers typed as text, naming the number they mean, and other text", () => {
    const scores = blankColumn();
    scores[5] = ["4,25"];
    const error = errorOf(() => PAR.total(scores, rubric));
    expect(error.message).toContain('"4,25"');
    expect(error.message).toContain("2.1");
    expect(error.message).toContain("4,25");
    scores[5] = ["abc"];
    expect(errorOf(() => PAR.total(scores, rubric)).message).toMatch(/2\.1.*"abc"/);
    scores[5] = [true];
    expect(errorOf(() => PAR.total(scores, rubric)).message).toContain("TRUE");
  });

  it("refuses error values in score cells", () => {
    const scores = blankColumn();
    scores[1] = [{ code: "#N/A", message: "" }];
    expect(errorOf(() => PAR.total(scores, rubric)).message).toMatch(/1\.1.*#N\/A/);
    scores[1] = ["#DIV/0!"];
    expect(errorOf(() => PAR.total(scores, rubric)).message).toMatch(/1\.1.*#DIV\/0!/);
  });

  it("refuses columns whose row count differs from the rubric", () => {
    const error = errorOf(() => PAR.total(column(1, 2), rubric));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toContain("2 dòng");
    expect(error.message).toContain("11");
  });

  it("refuses a block of several columns as scores", () => {
    expect(
      errorOf(() =>
        PAR.total(
          rubric.map(() => [1, 2]),
          rubric,
        ),
      ).message,
    ).toContain("một cột");
  });

  it("refuses duplicate codes, naming the code", () => {
    const rows = [
      ["1", "", 5, null],
      ["1", "", 5, null],
    ];
    const error = errorOf(() => PAR.total(column(1, 1), rows));
    expect(error.message).toContain("Tiêu chí 1: mã xuất hiện hai lần");
  });

  it("refuses an unknown kind and a broken max, naming the criterion", () => {
    expect(errorOf(() => PAR.total(column(1), [["1.1", "extra", 5, null]])).message).toContain('"extra"');
    expect(errorOf(() => PAR.total(column(1), [["1.1", "", "five", null]])).message).toContain("1.1");
  });
});

describe("PAR.MAX", () => {
  it("gives the full scale without scores (bonus and penalty excluded)", () => {
    expect(PAR.max(rubric, null as never, null)).toBe(15);
  });

  it("gives the max assessed so far with scores, and the applicable max on request", () => {
    const scores = column(null, 2, null, "N/A", null, 0, null, null, null, null, null);
    expect(PAR.max(rubric, scores, null)).toBe(7);
    expect(PAR.max(rubric, scores, "applicable")).toBe(10);
    expect(PAR.max(rubric, scores, "assessed")).toBe(7);
  });

  it("accepts the Vietnamese words for not applicable, any case and accents", () => {
    for (const word of ["KAD", "không áp dụng", "Khong ap dung", "n/a"]) {
      const scores = column(null, 2, 3, word, null, null, null, null, null, null, null);
      expect(PAR.max(rubric, scores, "applicable")).toBe(10);
    }
  });

  it("refuses an unknown basis", () => {
    expect(errorOf(() => PAR.max(rubric, blankColumn(), "half")).message).toContain('"half"');
  });
});

describe("PAR.LOST, PAR.PERCENT, PAR.AREA", () => {
  const scores = column(null, 1.5, 3, null, null, 4.75, null, 1, null, null, null);

  it("sums max − score over assessed criteria only", () => {
    expect(PAR.lost(scores, rubric)).toBe(0.75);
  });

  it("blank differs from zero", () => {
    const zero = column(null, 1.5, 3, 0, null, 4.75, null, 1, null, null, null);
    expect(PAR.lost(zero, rubric)).toBe(5.75);
    expect(PAR.total(zero, rubric)).toBe(PAR.total(scores, rubric));
    expect(PAR.max(rubric, zero, null)).toBe(15);
    expect(PAR.max(rubric, scores, null)).toBe(10);
  });

  it("divides by the applicable max, or by the assessed max on request", () => {
    // total 1.5 + 3 + 4.75 + 1 = 10.25
    expect(PAR.percent(scores, rubric, null)).toBe(10.25 / 15);
    expect(PAR.percent(scores, rubric, "assessed")).toBe(1.025);
  });

  it("answers #N/A, not a number, when nothing is assessed", () => {
    expect(errorOf(() => PAR.percent(blankColumn(), rubric, "assessed")).code).toBe("#N/A");
  });

  it("gives an area's subtotal, and the capped bonus", () => {
    expect(PAR.area(scores, rubric, "1")).toBe(4.5);
    expect(PAR.area(scores, rubric, 2)).toBe(4.75);
    expect(PAR.area(scores, rubric, [["1.2"]])).toBe(3);
    const bonus = column(null, null, null, null, null, null, null, 1.5, 1.5, null, null);
    expect(PAR.area(bonus, rubric, "3")).toBe(2);
  });

  it("refuses a code that is not in the rubric", () => {
    expect(errorOf(() => PAR.area(scores, rubric, "9")).message).toContain('"9"');
  });

  it("leaves a subtotal empty while nothing under it is assessed, not 0 (issue 10, item 3)", () => {
    const blank = scores.map(() => [null]);
    expect(PAR.area(blank, rubric, "1")).toBe("");
    const notApplicable = rubric.map(([code]) => [String(code).startsWith("1.") ? "N/A" : null]);
    expect(PAR.area(notApplicable, rubric, "1")).toBe("");
    const oneZero = rubric.map(([code], i) => [code === "1.1" ? 0 : blank[i][0]]);
    expect(PAR.area(oneZero, rubric, "1")).toBe(0);
  });
});

describe("PAR.PROJECT and PAR.GAP", () => {
  const current = column(null, 1, 0, null, null, 2, null, null, null, null, null);

  it("replaces current scores by the filled planned ones", () => {
    const planned = column(null, 2, null, 4, null, null, null, 1, null, null, 0.5);
    // 2 + 0 + 4 + 2 + 1 − 0.5
    expect(PAR.project(current, planned, rubric)).toBe(8.5);
  });

  it("equals TOTAL when nothing is planned", () => {
    expect(PAR.project(current, blankColumn(), rubric)).toBe(PAR.total(current, rubric));
  });

  it("says which column a bad planned score is in", () => {
    const planned = blankColumn();
    planned[1] = [9];
    expect(errorOf(() => PAR.project(current, planned, rubric)).message).toMatch(/^Cột dự kiến: .*1\.1/);
  });

  it("gives target − total, exactly", () => {
    expect(PAR.gap(current, rubric, 10.1)).toBe(7.1);
    expect(PAR.gap(current, rubric, 2)).toBe(-1);
    expect(errorOf(() => PAR.gap(current, rubric, "")).code).toBe("#VALUE!");
  });
});

describe("PAR.GRADE and PAR.RANK", () => {
  const bands = [
    ["Xuất sắc", 0.9],
    ["Tốt", 0.8],
    ["Khá", 0.65],
    ["Trung bình", 0.5],
    ["Yếu", 0],
  ];

  it("gives the label of the highest minimum not above the value", () => {
    expect(PAR.grade(0.9, bands)).toBe("Xuất sắc");
    expect(PAR.grade(0.8999, bands)).toBe("Tốt");
    expect(PAR.grade(0, bands)).toBe("Yếu");
    expect(PAR.grade(81 / 90, bands)).toBe("Xuất sắc");
    expect(PAR.grade(0.7, [...bands].reverse())).toBe("Khá");
  });

  it("reports a value below every band, and bad bands", () => {
    expect(errorOf(() => PAR.grade(-1, bands)).code).toBe("#N/A");
    expect(errorOf(() => PAR.grade(0.5, [["Tốt", "cao"]])).message).toContain("Dòng 1");
    expect(errorOf(() => PAR.grade("abc", bands)).code).toBe("#VALUE!");
  });

  it("ranks 1 for the highest, ties share a rank, non-numbers are ignored", () => {
    const values = [[90], [85.5], ["N/A"], [90], [null], [70]];
    expect(PAR.rank(90, values)).toBe(1);
    expect(PAR.rank(85.5, values)).toBe(3);
    expect(PAR.rank(70, values)).toBe(4);
  });
});

describe("PAR.CHECK", () => {
  it("says OK for valid scores", () => {
    expect(PAR.check(blankColumn(), rubric, null)).toBe("OK");
  });

  it("counts the problems and describes the first, in Vietnamese or English", () => {
    const scores = column(null, 3, "abc", null, null, null, null, null, null, null, null);
    expect(PAR.check(scores, rubric, null)).toMatch(/^2 vấn đề: Điểm 3 của tiêu chí 1\.1 vượt/);
    expect(PAR.check(scores, rubric, "en")).toMatch(/^2 problems: Score 3 of criterion 1\.1 exceeds/);
  });

  it("reports rubric problems such as sub-criteria that do not add up", () => {
    const rows = [
      ["1", "", 5, null],
      ["1.1", "", 2, null],
    ];
    expect(PAR.check(column(null, 1), rows, "en")).toMatch(/^1 problem: Criterion 1: its maximum is 5 but its sub-criteria add up to 2/);
  });
});

describe("PAR.PLAN", () => {
  // Total 5: 1.1 = 1, 1.2 = 1.5, 2.1 = 2.5, bonus 3.1 = 0.5, penalty 0.5; survey 1.3 not assessed yet.
  const scores = column(null, 1, 1.5, null, null, 2.5, null, 0.5, null, null, 0.5);

  it("spills code and recoverable points, most first, until the gap is closed", () => {
    // Gap 4.5: 2.1 gives 2.5, 1.2 gives 1.5, then bonus 3.2 (cap 2, 0.5 earned) gives 1.5.
    expect(PAR.plan(scores, rubric, 9.5, null)).toEqual([
      ["2.1", 2.5],
      ["1.2", 1.5],
      ["3.2", 1.5],
    ]);
    expect(PAR.plan(scores, rubric, "9,5", null)).toEqual(PAR.plan(scores, rubric, 9.5, null));
  });

  it("lists every leaf, the not assessed survey last, when the gap needs them all; count takes the top rows", () => {
    // Gap 7: 2.5 + 1.5 + 1.5 + 1 = 6.5 from the unit's own criteria, then the survey's 5.
    expect(PAR.plan(scores, rubric, 12, null)).toEqual([
      ["2.1", 2.5],
      ["1.2", 1.5],
      ["3.2", 1.5],
      ["1.1", 1],
      ["1.3", 5],
    ]);
    expect(PAR.plan(scores, rubric, 12, 2)).toEqual([
      ["2.1", 2.5],
      ["1.2", 1.5],
    ]);
    expect(PAR.plan(scores, rubric, 12, [[99]])).toHaveLength(5);
  });

  it("answers #N/A with a message when the target is already met, or nothing is left to win back", () => {
    expect(errorOf(() => PAR.plan(scores, rubric, 5, null))).toMatchObject({
      code: "#N/A",
      message: expect.stringContaining("Đã đạt mục tiêu: tổng điểm 5 không thấp hơn mục tiêu 5"),
    });
    const full = column(null, 2, 3, 5, null, 5, null, 1.5, 1.5, null, null);
    expect(errorOf(() => PAR.plan(full, rubric, 20, null))).toMatchObject({
      code: "#N/A",
      message: expect.stringContaining("vẫn thiếu 3 điểm so với mục tiêu 20"),
    });
  });

  it("answers #VALUE! naming the criterion, the target or the count on bad input", () => {
    const bad = column(null, 2.5, null, null, null, null, null, null, null, null, null);
    expect(errorOf(() => PAR.plan(bad, rubric, 10, null))).toMatchObject({
      code: "#VALUE!",
      message: expect.stringContaining("tiêu chí 1.1"),
    });
    expect(errorOf(() => PAR.plan(scores, rubric, "Tốt", null))).toMatchObject({
      code: "#VALUE!",
      message: expect.stringContaining('Mục tiêu phải là một số (đang là "Tốt")'),
    });
    expect(errorOf(() => PAR.plan(scores, rubric, 10, 0))).toMatchObject({ code: "#VALUE!", message: expect.stringContaining("count") });
    expect(errorOf(() => PAR.plan(scores, rubric, 10, "ba"))).toMatchObject({ code: "#VALUE!", message: expect.stringContaining('"ba"') });
  });
});
