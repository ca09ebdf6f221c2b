import { strings } from "../../src/taskpane/i18n/strings";

/** Wording a district officer tripped on (issue 10, item 7). */
describe("pane wording", () => {
  it("gives an example target inside the range it states", () => {
    expect(strings.vi.targetPointsInvalid(74)).toBe("Hãy nhập số điểm từ 0 đến 74, ví dụ 62,5.");
    expect(strings.en.targetPointsInvalid(74)).toBe("Enter points from 0 to 74, such as 62.5.");
    for (const max of [1, 10, 74, 100, 120.5]) {
      const example = Number(/ví dụ ([\d,]+)\.$/.exec(strings.vi.targetPointsInvalid(max))![1].replace(",", "."));
      expect(example).toBeGreaterThan(0);
      expect(example).toBeLessThanOrEqual(max);
    }
  });
});
