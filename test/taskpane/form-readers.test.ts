import { languageFromDisplayLanguage, themeFromBackground } from "../../src/taskpane/host-preferences";
import { readNumberInput, readPositiveInteger } from "../../src/taskpane/form/number-input";
import { defaultPeriod } from "../../src/core/summary/period";
import { readPreviousRanks } from "../../src/taskpane/form/previous-ranks";
import { firstColumnText, readUnits } from "../../src/taskpane/form/units";
import { bundledRubrics, defaultUnitGroup } from "../../src/taskpane/form/bundled-rubrics";
import { bundledRubricFiles } from "../../src/rubrics";

describe("units", () => {
  it("trims, drops blank lines and keeps the first cell of a pasted row", () => {
    expect(readUnits(" Xã An Bình \r\n\r\nPhường  Tân Định\t12,5\n")).toEqual({
      ok: true,
      units: ["Xã An Bình", "Phường Tân Định"],
    });
  });

  it("treats case and spacing as the same name but accents as different", () => {
    expect(readUnits("Xã An Bình\nXÃ AN  BÌNH")).toEqual({
      ok: false,
      problem: "duplicate",
      name: "XÃ AN BÌNH",
      firstLine: 1,
      line: 2,
    });
    expect(readUnits("Phường Tân Định\nPhường Tân Đinh").ok).toBe(true);
    expect(readUnits(" \n\t\n")).toEqual({ ok: false, problem: "empty" });
  });

  it("takes the first column of a selection, skipping blanks", () => {
    expect(firstColumnText([["Xã A", 1], [null], ["  "], [42]])).toBe("Xã A\n42");
  });
});

describe("previous ranks", () => {
  it("reads name; rank and tab-separated pairs, splitting at the last separator", () => {
    expect(readPreviousRanks("Xã A; 3\nSở Nội vụ; Văn phòng; 2\nPhường B\t1\n")).toEqual({
      ok: true,
      ranks: { "Xã A": 3, "Sở Nội vụ; Văn phòng": 2, "Phường B": 1 },
    });
    expect(readPreviousRanks("  \n")).toEqual({ ok: true, ranks: undefined });
  });

  it("names the line of every problem", () => {
    const reading = readPreviousRanks("Xã A; 3\nXã B 4\n; 2\nXã C; 0\nxã a; 5");
    expect(reading).toEqual({
      ok: false,
      problems: [
        { problem: "noSeparator", line: 2 },
        { problem: "noName", line: 3 },
        { problem: "badRank", line: 4, text: "0" },
        { problem: "duplicate", line: 5, name: "xã a", firstLine: 1 },
      ],
    });
  });
});

describe("numbers typed in fields", () => {
  it("accepts the Vietnamese decimal comma", () => {
    expect(readNumberInput("85,5")).toBe(85.5);
    expect(readNumberInput("85.5")).toBe(85.5);
    expect(readNumberInput("tám")).toBeUndefined();
    expect(readPositiveInteger("3")).toBe(3);
    expect(readPositiveInteger("3,5")).toBeUndefined();
    expect(readPositiveInteger("0")).toBeUndefined();
  });
});

describe("default period", () => {
  it("is the quarter of today's month", () => {
    expect(defaultPeriod(new Date(2026, 0, 1))).toBe("Quý I/2026");
    expect(defaultPeriod(new Date(2026, 5, 30))).toBe("Quý II/2026");
    expect(defaultPeriod(new Date(2026, 6, 1))).toBe("Quý III/2026");
    expect(defaultPeriod(new Date(2026, 10, 22))).toBe("Quý IV/2026");
    expect(defaultPeriod(new Date(2026, 10, 22), "en")).toBe("Q4 2026");
    expect(defaultPeriod(new Date(2026, 0, 1), "en")).toBe("Q1 2026");
  });
});

describe("host preferences", () => {
  it("uses Vietnamese only for a Vietnamese Office", () => {
    expect(languageFromDisplayLanguage("vi-VN")).toBe("vi");
    expect(languageFromDisplayLanguage("en-US")).toBe("en");
    expect(languageFromDisplayLanguage("fr-FR")).toBe("en");
    expect(languageFromDisplayLanguage(undefined)).toBe("en");
  });

  it("reads the theme from the body background", () => {
    expect(themeFromBackground("#262626")).toBe("dark");
    expect(themeFromBackground("#FFFFFF")).toBe("light");
    expect(themeFromBackground("#e6e6e6")).toBe("light");
    expect(themeFromBackground(undefined)).toBe("light");
  });
});

describe("bundled rubrics", () => {
  it("offers every bundled rubric and its own level's bands by default", () => {
    const rubrics = bundledRubrics();
    expect(rubrics).toHaveLength(bundledRubricFiles.length);
    const commune = rubrics.find((rubric) => rubric.id === "commune-2026")!;
    expect(defaultUnitGroup(commune)).toBe("commune");
    const national = rubrics.find((rubric) => rubric.id === "national-province-2017")!;
    expect(defaultUnitGroup(national)).toBe("default");
  });
});
