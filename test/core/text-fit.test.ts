import { heightForLines, textWidth, wrappedLines } from "../../src/core/template/text-fit";

/** The plan's estimate of the room a text takes (core/template/text-fit.ts). */
describe("wrapped lines", () => {
  it("keeps words whole, as Excel wraps, and breaks a word longer than a line", () => {
    // 84 pt of bold text holds 10 characters a line.
    expect(wrappedLines("Xã An Bình", 84, "bold")).toBe(1);
    expect(wrappedLines("Phường Tân Định", 84, "bold")).toBe(2);
    expect(wrappedLines("Bến Nghé Phường", 84, "bold")).toBe(2);
    expect(wrappedLines("abcdefghijklmnopqrstuvwxyz", 84, "bold")).toBe(3);
    expect(wrappedLines("a\nb", 84)).toBe(2);
    expect(wrappedLines("", 84)).toBe(1);
  });

  it("a text given its one-line width takes one line, whatever its length", () => {
    for (const text of ["0; 0,5; 1; 1,5; 2", "Tự đánh giá", "Step / allowed scores", "x".repeat(60)]) {
      expect(wrappedLines(text, textWidth(text))).toBe(1);
      expect(wrappedLines(text, textWidth(text, "bold"), "bold")).toBe(1);
    }
  });

  it("counts composed characters once, however the accents were typed", () => {
    expect(textWidth("Định".normalize("NFD"))).toBe(textWidth("Định"));
    expect(heightForLines(3)).toBe(45);
  });
});
