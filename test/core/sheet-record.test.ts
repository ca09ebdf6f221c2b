import { RECORD_VERSION, readRegistry, scoringSheetRecordSchema } from "../../src/core/template/sheet-record";
import { registrySetting } from "../../src/core/template/template-plan";

/** A registry exactly as the add-in wrote it before records had a version (copied from a workbook's settings). */
const TODAYS_SETTING = JSON.stringify([
  {
    scoringSheet: "Chấm điểm cấp xã 2025",
    rubricSheet: "Bộ tiêu chí cấp xã 2025",
    rubricId: "commune-2025",
    rubricTitle: { vi: "Bộ tiêu chí cấp xã", en: "Commune rubric" },
    rubricVersion: "1.0",
    rubricYear: 2025,
    unitGroup: "commune",
    bands: [
      { label: "Xuất sắc", min: 0.9 },
      { label: "Tốt", min: 0.8 },
      { label: "Khá", min: 0.65 },
    ],
    units: ["Xã A", "Phường B"],
    columns: ["self", "appraised"],
    codes: ["1", "1.1", "1.1.1"],
    rubricName: "PAR_RUBRIC_1",
    bandsName: "PAR_BANDS_1",
    createdAt: "2026-03-01T08:00:00.000Z",
    highlightRuleIds: ["{A1}", "{B2}"],
  },
]);

describe("the scoring sheets' record in the workbook", () => {
  it("reads a record written before records had a version, as version 1, every field intact", () => {
    const [record] = readRegistry(TODAYS_SETTING);
    expect(record).toEqual({ ...JSON.parse(TODAYS_SETTING)[0], version: RECORD_VERSION });
  });

  it("writes the version, and what it writes reads back the same", () => {
    const [record] = readRegistry(TODAYS_SETTING);
    const written = registrySetting([], { ...record, units: [...record.units, "Xã C"] });
    expect(JSON.parse(written.value)[0].version).toBe(1);
    expect(readRegistry(written.value)).toEqual([{ ...record, units: ["Xã A", "Phường B", "Xã C"] }]);
  });

  it("keeps fields a later version added when it reads and rewrites the registry", () => {
    const later = JSON.stringify([{ ...JSON.parse(TODAYS_SETTING)[0], version: 1, targetsTyped: true }]);
    const [record] = readRegistry(later);
    expect(JSON.parse(registrySetting([], record).value)[0].targetsTyped).toBe(true);
  });

  it("leaves out a damaged record or one from a version it cannot read, and never throws", () => {
    const good = JSON.parse(TODAYS_SETTING)[0];
    const damaged = { ...good, rubricName: "PAR_RUBRIC_2", units: "Xã A" };
    const future = { ...good, rubricName: "PAR_RUBRIC_3", version: 2 };
    expect(readRegistry(JSON.stringify([damaged, good, future, null, 7])).map((r) => r.rubricName)).toEqual(["PAR_RUBRIC_1"]);
    expect(readRegistry("{not json")).toEqual([]);
    expect(readRegistry(JSON.stringify({ a: 1 }))).toEqual([]);
    expect(readRegistry(undefined)).toEqual([]);
    expect(scoringSheetRecordSchema.safeParse(damaged).success).toBe(false);
  });
});
