import { localizedDisplay, localizedEditText, typedInput } from "../../workbench/app/locale";
import type { CellModel } from "../../workbench/host";

/** The workbench types and shows numbers like Excel under Vietnamese or English regional settings (issue 10, item 5). */
describe("workbench locale", () => {
  /** What the host's input rules then read (a plain en-US number, or text: a leading ' keeps text). */
  const typed = (text: string, language: "vi" | "en") => {
    const input = typedInput(text, language);
    if (input.startsWith("=")) return { kind: "formula", formula: input };
    if (input.startsWith("'")) return { kind: "value", value: input.slice(1) };
    return /^[+-]?\d+(\.\d+)?$/.test(input) ? { kind: "value", value: Number(input) } : { kind: "value", value: input };
  };

  it("reads a decimal comma as a number in Vietnamese, and keeps it text in English", () => {
    expect(typed("1,5", "vi")).toEqual({ kind: "value", value: 1.5 });
    expect(typed("8,25", "vi")).toEqual({ kind: "value", value: 8.25 });
    expect(typed("1.250,5", "vi")).toEqual({ kind: "value", value: 1250.5 });
    expect(typed("3", "vi")).toEqual({ kind: "value", value: 3 });
    // "1.5" is not a Vietnamese number: it stays text, and the sheet's check says so.
    expect(typed("1.5", "vi")).toEqual({ kind: "value", value: "1.5" });
    expect(typed("1.5", "en")).toEqual({ kind: "value", value: 1.5 });
    expect(typed("1,5", "en")).toEqual({ kind: "value", value: "1,5" });
    expect(typed("=PAR.TOTAL(G5:G9,A5:D9)", "vi")).toEqual({ kind: "formula", formula: "=PAR.TOTAL(G5:G9,A5:D9)" });
    expect(typed("N/A", "vi")).toEqual({ kind: "value", value: "N/A" });
  });

  it("shows numbers with the locale's decimal mark, and text as it is", () => {
    const number: CellModel = { value: 1234.5, formula: null, numberFormat: "#,##0.00", format: {} as CellModel["format"] };
    const text: CellModel = { value: "0;0,5;1", formula: null, numberFormat: "@", format: {} as CellModel["format"] };
    expect(localizedDisplay("1,234.50", number, "vi")).toBe("1.234,50");
    expect(localizedDisplay("1,234.50", number, "en")).toBe("1,234.50");
    expect(localizedDisplay("0;0,5;1", text, "vi")).toBe("0;0,5;1");
    expect(localizedEditText("1234.5", number, "vi")).toBe("1234,5");
    expect(localizedEditText("=A1", { ...number, formula: "=A1" }, "vi")).toBe("=A1");
  });
});
