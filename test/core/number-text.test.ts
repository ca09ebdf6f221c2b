import { formatNumber, readNumberText } from "../../src/core/number-text";
import { classifyCell } from "../../src/core/scores/cell-value";

describe("numbers typed as text", () => {
  it.each([
    ["8,25", 8.25],
    ["1.250,5", 1250.5],
    ["1.250.000", 1250000],
    ["50,242", 50.242],
    [" 7 ", 7],
    ["-0,5", -0.5],
    ["7.5", 7.5],
    ["1,250.5", 1250.5],
    ["1\u00a0250,5", 1250.5],
  ])("reads %p as %p", (text, value) => {
    expect(readNumberText(text)).toEqual({ kind: "number", value });
  });

  it("does not guess between 1250 and 1.25 for 1.250", () => {
    expect(readNumberText("1.250")).toEqual({ kind: "ambiguous", text: "1.250", readings: [1250, 1.25] });
  });

  it.each(["abc", "8,25 điểm", "1,2,3", ""])("does not read %p as a number", (text) => {
    expect(readNumberText(text).kind).toBe("notANumber");
  });

  it("writes numbers the reader's way", () => {
    expect(formatNumber(1250.5, "vi")).toBe("1.250,5");
    expect(formatNumber(1250.5, "en")).toBe("1,250.5");
    expect(formatNumber(19.742, "vi")).toBe("19,742");
  });
});

describe("score cell classes", () => {
  it.each([
    [null, "blank"],
    [undefined, "blank"],
    ["", "blank"],
    ["   ", "blank"],
    [0, "number"],
    [8.25, "number"],
    ["N/A", "notApplicable"],
    ["kad", "notApplicable"],
    ["Không áp dụng", "notApplicable"],
    ["#N/A", "errorValue"],
    ["#value!", "errorValue"],
    [{ code: "#DIV/0!" }, "errorValue"],
    [{ code: "NotAvailable" }, "errorValue"],
    ["8,25", "textNumber"],
    ["1.250", "ambiguousNumber"],
    [true, "boolean"],
    ["đạt", "text"],
    [Number.NaN, "invalidNumber"],
    [Infinity, "invalidNumber"],
  ])("classifies %p as %s", (value, kind) => {
    expect(classifyCell(value).kind).toBe(kind);
  });

  it("keeps #N/A (an error) apart from N/A (not applicable)", () => {
    expect(classifyCell("#N/A")).toEqual({ kind: "errorValue", text: "#N/A" });
    expect(classifyCell({ code: "NotAvailable", message: "x" })).toEqual({ kind: "errorValue", text: "#N/A" });
  });
});
