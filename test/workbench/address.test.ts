/** A1 parsing/formatting and the text-level formula rewrites. */
import { formatRect, parseAddress, quoteSheetName, renameSheetInFormula, shiftFormula, utf8Length } from "../../workbench/host";

test("parses cells, ranges, whole columns/rows and sheet prefixes", () => {
  expect(parseAddress("B2")).toEqual({ rect: { row: 1, col: 1, rowCount: 1, colCount: 1 } });
  expect(parseAddress("$D$10:b2")?.rect).toEqual({ row: 1, col: 1, rowCount: 9, colCount: 3 });
  expect(parseAddress("Sheet1!A1:B2")?.sheet).toBe("Sheet1");
  expect(parseAddress("'It''s here'!A1")?.sheet).toBe("It's here");
  expect(parseAddress("A:C")?.rect).toEqual({ row: 0, col: 0, rowCount: 1048576, colCount: 3 });
  expect(parseAddress("1:3")?.rect).toEqual({ row: 0, col: 0, rowCount: 3, colCount: 16384 });
  for (const bad of ["A0", "XFE1", "A", "1", "A1:B", "Scores total", "'unterminated!A1"]) expect(parseAddress(bad)).toBeNull();
});

test("formats like Excel and quotes sheet names only when needed", () => {
  expect(formatRect({ row: 0, col: 26, rowCount: 2, colCount: 2 })).toBe("AA1:AB2");
  expect(formatRect({ row: 0, col: 0, rowCount: 1, colCount: 1 }, true)).toBe("$A$1");
  expect(["Sheet1", "Điểm", "Bảng điểm", "2024", "A1", "O'Neil"].map(quoteSheetName)).toEqual([
    "Sheet1",
    "Điểm",
    "'Bảng điểm'",
    "'2024'",
    "'A1'",
    "'O''Neil'",
  ]);
});

test("shiftFormula moves relative references only, outside strings and sheet names", () => {
  expect(shiftFormula("=A1+$B$1+B$2+$C3+\"A1\"+LOG10(A2)+'Q1 data'!A1", 1, 1)).toBe("=B2+$B$1+C$2+$C4+\"A1\"+LOG10(B3)+'Q1 data'!B2");
  expect(shiftFormula("=A1", -1, 0)).toBe("=#REF!");
});

test("renameSheetInFormula handles quoted and unquoted references", () => {
  expect(renameSheetInFormula("=Scores!A1+'Scores'!B2+MyScores!C3", "scores", "Điểm tổng")).toBe(
    "='Điểm tổng'!A1+'Điểm tổng'!B2+MyScores!C3",
  );
  expect(renameSheetInFormula("=Scores!A1", "Scores", null)).toBe("=#REF!A1");
});

test("request size counts UTF-8 bytes", () => {
  expect(utf8Length("abc")).toBe(3);
  expect(utf8Length("Điểm")).toBe(7);
  expect(utf8Length("😀")).toBe(4);
});
