import type { Language } from "../../core/bilingual";
import { formatNumber } from "../../core/number-text";
import type { UnitLevel } from "../../core/rubric/schema";
import type { ScoreColumnKind, SummaryNotice, TargetKind } from "../../excel/operations";
import { SUMMARY_LABELS } from "../../core/summary/summary-labels";
import { targetKindWords } from "../../core/rules/target-kind";

/**
 * Every text the pane shows, in Vietnamese (the users' language) and English. Texts that carry
 * values are functions, so a translation can put the values where its grammar wants them.
 */
export interface Strings {
  appSubtitle: string;
  languageGroup: string;

  sheetPickerLabel: string;
  sheetPickerLoading: string;
  sheetPickerEmpty: string;
  sheetOption: (sheet: string, rubricTitle: string) => string;
  refreshSheets: string;
  needSheet: string;

  sections: Record<"template" | "paste" | "validate" | "highlight" | "summary" | "forms", string>;

  errorTitle: string;
  successTitle: string;
  genericError: (detail: string) => string;
  working: string;
  staleResult: string;

  rubricSourceLabel: string;
  sourceBundled: string;
  sourceFile: string;
  sourceSelection: string;
  bundledLabel: string;
  bundledOption: (title: string, year: number, level: UnitLevel) => string;
  fileLabel: string;
  fileHint: string;
  fileReading: string;
  fileUnreadable: (name: string) => string;
  fileInvalid: (name: string, count: number) => string;
  sheetRubricTitleLabel: string;
  sheetRubricTitleDefault: string;
  sheetRubricYearLabel: string;
  sheetRubricYearInvalid: string;
  sheetRubricHint: string;
  readRubricFromSelection: string;
  selectionRubricInvalid: (address: string, count: number) => string;
  findingField: string;
  rubricLoaded: (title: string, criteria: number, totalMax: number) => string;
  rubricWarnings: (count: number) => string;
  noRubric: string;

  unitsLabel: string;
  unitsHint: string;
  unitsFromSelection: string;
  unitsEmpty: string;
  unitsDuplicate: (name: string, firstLine: number, line: number) => string;
  unitsCount: (count: number) => string;
  selectionEmpty: string;

  columnsLabel: string;
  columnNames: Record<ScoreColumnKind | "total", string>;
  columnsRequired: string;

  unitGroupLabel: string;
  unitGroupName: (key: string) => string;

  targetLabel: string;
  targetKindLabel: string;
  targetKinds: Record<TargetKind | "none", string>;
  targetGradeLabel: string;
  targetPointsLabel: (max: number) => string;
  targetPointsInvalid: (max: number) => string;
  targetRankLabel: string;
  targetRankInvalid: string;

  createTemplate: string;
  fixErrors: string;
  templateCreated: (scoringSheet: string, rubricSheet: string) => string;
  templateUpdated: (scoringSheet: string, rubricSheet: string, kept: number) => string;
  templateCarried: (scoringSheet: string, rubricSheet: string, fromSheet: string, kept: number) => string;
  templateOrphaned: (count: number, sheet: string, codes: string[]) => string;

  validateIntro: string;
  validateButton: string;
  validateSummary: (cells: number, errors: number, warnings: number) => string;
  validateClean: (cells: number) => string;
  severity: Record<"error" | "warning", string>;
  areaHeading: (area: string) => string;
  areaOther: string;
  unitHeading: (unit: string, count: number) => string;
  findingCell: (address: string, column: string) => string;
  convertTextNumbers: (count: number) => string;
  converted: (count: number) => string;

  highlightIntro: string;
  highlightButton: string;
  highlightDone: (sheet: string, added: number, replaced: number) => string;

  pasteIntro: string;
  pasteUnitLabel: string;
  pasteKindLabel: string;
  pasteBoxLabel: string;
  pasteHint: string;
  pasteButton: string;
  pasteDone: (written: number, replaced: number, keptBlank: number) => string;

  summaryIntro: string;
  periodLabel: string;
  periodRequired: string;
  topLostLabel: string;
  topLostInvalid: string;
  previousRanksLabel: string;
  previousRanksHint: string;
  previousRanksNoSeparator: (line: number) => string;
  previousRanksNoName: (line: number) => string;
  previousRanksBadRank: (line: number, text: string) => string;
  previousRanksDuplicate: (line: number, name: string, firstLine: number) => string;
  summaryBasisLabel: string;
  summaryBasisLatest: string;
  summaryButton: string;
  /** `source` is summarySource(...) */
  summaryDone: (sheet: string, source: string) => string;
  summarySource: (basis: ScoreColumnKind, chosen: "user" | "latest") => string;
  summaryNotice: (notice: SummaryNotice) => string;
}

const unitGroupsVi: Record<string, string> = {
  default: "Mặc định",
  province: "Cấp tỉnh",
  ministry: "Bộ, ngành",
  department: "Sở, ban, ngành",
  district: "Cấp huyện",
  commune: "Cấp xã",
};

const unitGroupsEn: Record<string, string> = {
  default: "Default",
  province: "Provinces",
  ministry: "Ministries",
  department: "Departments",
  district: "Districts",
  commune: "Communes and wards",
};

const levelsVi: Record<UnitLevel, string> = {
  province: "cấp tỉnh",
  ministry: "bộ, ngành",
  department: "sở, ban, ngành",
  district: "cấp huyện",
  commune: "cấp xã",
};

const levelsEn: Record<UnitLevel, string> = {
  province: "provinces",
  ministry: "ministries",
  department: "departments",
  district: "districts",
  commune: "communes",
};

/**
 * Rubric titles are long and alike ("Bộ tiêu chí xác định Chỉ số cải cách hành chính cấp xã năm
 * 2025"): a 350 px pane shows only their start in the closed picker, so an option starts with what
 * tells the rubrics apart, its level and year.
 */
const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** An example target inside the range it illustrates: about 85 % of the scale, on a half point. */
function examplePoints(max: number): number {
  return Math.floor(max * 0.85 * 2) / 2;
}

const basisWordsVi: Record<ScoreColumnKind, string> = { self: "tự đánh giá", appraised: "thẩm định", projected: "dự kiến cả năm" };
const basisWordsEn: Record<ScoreColumnKind, string> = { self: "self-assessed", appraised: "appraised", projected: "projected" };

const vi: Strings = {
  appSubtitle: "Chỉ số cải cách hành chính",
  languageGroup: "Ngôn ngữ",

  sheetPickerLabel: "Bảng chấm điểm",
  sheetPickerLoading: "Đang tìm các bảng chấm điểm trong sổ tính…",
  sheetPickerEmpty: "Chưa có bảng chấm điểm nào — hãy tạo ở mục Mẫu chấm điểm.",
  sheetOption: (sheet, title) => `${sheet} — ${title}`,
  refreshSheets: "Làm mới danh sách",
  needSheet: "Hãy chọn hoặc tạo một bảng chấm điểm trước.",

  sections: {
    template: "Mẫu chấm điểm",
    paste: "Dán điểm",
    validate: "Kiểm tra",
    highlight: "Tô màu",
    summary: "Báo cáo họp",
    forms: "Phiếu tự đánh giá",
  },

  errorTitle: "Không thực hiện được",
  successTitle: "Đã xong",
  genericError: (detail) => `Không thực hiện được: ${detail}. Hãy thử lại; nếu vẫn lỗi, lưu tệp và mở lại Excel.`,
  working: "Đang thực hiện…",
  staleResult: "Kết quả này có thể đã cũ: sổ tính đã được sửa hoặc một lệnh khác đã chạy sau đó. Hãy chạy lại để cập nhật.",

  rubricSourceLabel: "Nguồn bộ tiêu chí",
  sourceBundled: "Bộ tiêu chí có sẵn",
  sourceFile: "Nhập tệp JSON",
  sourceSelection: "Từ vùng đang chọn trên trang tính",
  bundledLabel: "Bộ tiêu chí",
  bundledOption: (title, year, level) => `${capitalize(levelsVi[level])} ${year} — ${title}`,
  fileLabel: "Tệp bộ tiêu chí (.json)",
  fileHint: "Tệp bộ tiêu chí dạng JSON, thường do Sở Nội vụ cung cấp.",
  fileReading: "Đang đọc tệp…",
  fileUnreadable: (name) => `Không đọc được tệp "${name}". Hãy kiểm tra tệp rồi chọn lại.`,
  fileInvalid: (name, count) => `Tệp "${name}" có ${count} lỗi nên chưa dùng được. Hãy sửa tệp rồi chọn lại:`,
  sheetRubricTitleLabel: "Tên bộ tiêu chí",
  sheetRubricTitleDefault: "Bộ tiêu chí đọc từ trang tính",
  sheetRubricYearLabel: "Năm áp dụng",
  sheetRubricYearInvalid: "Hãy nhập năm gồm 4 chữ số, ví dụ 2026.",
  sheetRubricHint:
    "Chọn vùng có các cột: mã tiêu chí, loại, điểm tối đa, tên tiêu chí (tùy chọn thêm: bước điểm, cơ quan tham mưu, tài liệu kiểm chứng).",
  readRubricFromSelection: "Đọc bộ tiêu chí từ vùng đang chọn",
  selectionRubricInvalid: (address, count) =>
    `Vùng ${address} có ${count} lỗi nên chưa đọc được bộ tiêu chí. Hãy sửa trên trang tính rồi đọc lại:`,
  findingField: "Vị trí trong tệp",
  rubricLoaded: (title, criteria, totalMax) => `Đã nạp: ${title} — ${criteria} tiêu chí, thang ${formatNumber(totalMax, "vi")} điểm.`,
  rubricWarnings: (count) => `${count} lưu ý (vẫn dùng được):`,
  noRubric: "Hãy chọn hoặc nạp một bộ tiêu chí.",

  unitsLabel: "Đơn vị (mỗi dòng một đơn vị)",
  unitsHint: "Có thể dán cả một cột tên đơn vị từ Excel.",
  unitsFromSelection: "Lấy từ vùng đang chọn",
  unitsEmpty: "Hãy nhập ít nhất một đơn vị.",
  unitsDuplicate: (name, firstLine, line) => `Đơn vị "${name}" bị trùng (dòng ${firstLine} và dòng ${line}).`,
  unitsCount: (count) => `${count} đơn vị`,
  selectionEmpty: "Vùng đang chọn không có giá trị nào. Hãy chọn các ô có dữ liệu rồi thử lại.",

  columnsLabel: "Cột điểm",
  columnNames: {
    self: "Điểm tự đánh giá",
    appraised: "Điểm thẩm định",
    projected: "Điểm dự kiến",
    total: "Tổng điểm",
  },
  columnsRequired: "Hãy chọn ít nhất một cột điểm.",

  unitGroupLabel: "Nhóm đơn vị (thang xếp loại)",
  unitGroupName: (key) => unitGroupsVi[key] ?? key,

  targetLabel: "Mục tiêu chung cho các đơn vị (không bắt buộc)",
  targetKindLabel: "Loại mục tiêu",
  // The kinds' words come from core: the sheet's drop-down, its formulas and Check accept the same.
  targetKinds: { none: "Không đặt mục tiêu", ...targetKindWords("vi") },
  targetGradeLabel: "Xếp loại mục tiêu",
  targetPointsLabel: (max) => `Tổng điểm mục tiêu (0 đến ${formatNumber(max, "vi")})`,
  targetPointsInvalid: (max) => `Hãy nhập số điểm từ 0 đến ${formatNumber(max, "vi")}, ví dụ ${formatNumber(examplePoints(max), "vi")}.`,
  targetRankLabel: "Thứ hạng mục tiêu (1 là cao nhất)",
  targetRankInvalid: "Hãy nhập thứ hạng là số nguyên dương, ví dụ 3.",

  createTemplate: "Tạo mẫu chấm điểm",
  fixErrors: "Chưa tạo được mẫu: hãy sửa các mục được đánh dấu ở trên.",
  templateCreated: (scoringSheet, rubricSheet) => `Đã tạo trang chấm điểm "${scoringSheet}" và trang bộ tiêu chí "${rubricSheet}".`,
  templateUpdated: (scoringSheet, rubricSheet, kept) =>
    `Đã cập nhật trang chấm điểm "${scoringSheet}" và trang bộ tiêu chí "${rubricSheet}"; giữ nguyên ${kept} điểm đã nhập.`,
  templateCarried: (scoringSheet, rubricSheet, fromSheet, kept) =>
    `Đã tạo trang chấm điểm "${scoringSheet}" và trang bộ tiêu chí "${rubricSheet}"; chuyển ${kept} điểm đã nhập từ trang "${fromSheet}" (trang cũ giữ nguyên).`,
  templateOrphaned: (count, sheet, codes) =>
    `${count} điểm không có chỗ trong mẫu mới (mã đã bỏ, đơn vị hoặc cột không còn, hay không hợp lệ theo thang điểm mới) đã được chép sang trang "${sheet}" kèm lý do, không bị xóa: ${codes.join(", ")}.`,

  validateIntro: "Đối chiếu từng ô điểm với bộ tiêu chí: vượt điểm tối đa, sai bước điểm, số ghi dạng văn bản, tổng nhập tay bị lệch.",
  validateButton: "Kiểm tra điểm",
  validateSummary: (cells, errors, warnings) =>
    `Đã kiểm tra ${cells} ô điểm: ${errors} lỗi, ${warnings} cảnh báo. Chọn một mục để đến ô đó.`,
  validateClean: (cells) => `Không có vấn đề nào: ${cells} ô điểm đều hợp lệ.`,
  severity: { error: "Lỗi", warning: "Cảnh báo" },
  areaHeading: (area) => `Lĩnh vực ${area}`,
  areaOther: "Tổng điểm và mục khác",
  unitHeading: (unit, count) => `${unit} (${count})`,
  findingCell: (address, column) => `Ô ${address} · ${column}`,
  convertTextNumbers: (count) => `Chuyển số dạng văn bản thành số (${count} ô)`,
  converted: (count) => `Đã chuyển ${count} ô thành số và kiểm tra lại.`,

  highlightIntro:
    "Thêm định dạng có điều kiện để tô màu các ô mất điểm và các đơn vị chưa đạt mục tiêu; chạy lại sẽ thay các quy tắc cũ, không tạo trùng.",
  highlightButton: "Tô màu theo mục tiêu",
  highlightDone: (sheet, added, replaced) => `Đã tô màu trang "${sheet}": thêm ${added} quy tắc, thay ${replaced} quy tắc cũ.`,

  pasteIntro:
    "Dán cả cột điểm của một đơn vị (sao chép từ tệp khác hoặc báo cáo): điểm được ghi vào đúng các ô tiêu chí, các dòng tổng giữ nguyên công thức.",
  pasteUnitLabel: "Đơn vị",
  pasteKindLabel: "Cột điểm",
  pasteBoxLabel: "Điểm đã sao chép",
  pasteHint:
    "Mỗi dòng một điểm theo thứ tự tiêu chí (có thể kèm cả dòng tổng), hoặc hai cột: mã tiêu chí và điểm. Dòng trống giữ nguyên ô; điểm đã có sẽ được thay.",
  pasteButton: "Ghi điểm vào các ô tiêu chí",
  pasteDone: (written, replaced, keptBlank) =>
    `Đã ghi ${written} điểm` +
    (replaced > 0 ? ` (thay ${replaced} điểm đã có)` : "") +
    (keptBlank > 0 ? `; ${keptBlank} dòng trống, ô giữ nguyên` : "") +
    ".",

  summaryIntro:
    "Tạo một trang báo cáo cho cuộc họp: điểm hiện tại, điểm dự kiến, điểm bị mất, các tiêu chí mất điểm nhiều nhất kèm cơ quan tham mưu, và thứ hạng.",
  periodLabel: "Kỳ báo cáo",
  periodRequired: "Hãy nhập kỳ báo cáo, ví dụ Quý III/2026.",
  topLostLabel: "Số tiêu chí mất điểm nhiều nhất cần liệt kê (1 đến 50)",
  topLostInvalid: "Hãy nhập một số nguyên từ 1 đến 50.",
  previousRanksLabel: "Thứ hạng kỳ trước (không bắt buộc)",
  previousRanksHint: 'Mỗi dòng một đơn vị: "Tên đơn vị; hạng", ví dụ "Xã An Bình; 3".',
  previousRanksNoSeparator: (line) => `Dòng ${line}: thiếu dấu ";" giữa tên đơn vị và hạng.`,
  previousRanksNoName: (line) => `Dòng ${line}: thiếu tên đơn vị trước dấu ";".`,
  previousRanksBadRank: (line, text) => `Dòng ${line}: hạng "${text}" phải là số nguyên dương.`,
  previousRanksDuplicate: (line, name, firstLine) => `Dòng ${line}: đơn vị "${name}" đã có ở dòng ${firstLine}.`,
  summaryBasisLabel: "Điểm dùng cho báo cáo",
  // Short enough to show whole in the closed picker at 350 px; the report says which kind it used.
  summaryBasisLatest: "Tự động (loại mới nhất có điểm)",
  summaryButton: "Tạo báo cáo họp",
  summaryDone: (sheet, source) => `Đã tạo trang báo cáo "${sheet}" từ ${source}.`,
  summarySource: (basis, chosen) => `cột ${basisWordsVi[basis]}${chosen === "latest" ? " (loại điểm mới nhất đã có điểm)" : ""}`,
  summaryNotice: SUMMARY_LABELS.vi.notice,
};

const en: Strings = {
  appSubtitle: "Administrative Reform Index",
  languageGroup: "Language",

  sheetPickerLabel: "Scoring sheet",
  sheetPickerLoading: "Looking for scoring sheets in the workbook…",
  sheetPickerEmpty: "No scoring sheet yet — create one under Scoring template.",
  sheetOption: (sheet, title) => `${sheet} — ${title}`,
  refreshSheets: "Refresh list",
  needSheet: "Choose or create a scoring sheet first.",

  sections: {
    template: "Scoring template",
    paste: "Paste scores",
    validate: "Check",
    highlight: "Highlight",
    summary: "Meeting report",
    forms: "Self-assessment forms",
  },

  errorTitle: "Could not complete",
  successTitle: "Done",
  genericError: (detail) => `Could not complete: ${detail}. Try again; if it still fails, save the file and reopen Excel.`,
  working: "Working…",
  staleResult: "This result may be out of date: the workbook was edited or another command ran since. Run it again to update it.",

  rubricSourceLabel: "Rubric source",
  sourceBundled: "Bundled rubric",
  sourceFile: "Import a JSON file",
  sourceSelection: "From the selected range on a sheet",
  bundledLabel: "Rubric",
  bundledOption: (title, year, level) => `${capitalize(levelsEn[level])} ${year} — ${title}`,
  fileLabel: "Rubric file (.json)",
  fileHint: "A rubric file in JSON, usually provided by the Department of Home Affairs.",
  fileReading: "Reading the file…",
  fileUnreadable: (name) => `Could not read the file "${name}". Check the file and choose it again.`,
  fileInvalid: (name, count) => `The file "${name}" has ${count} problem(s) and cannot be used yet. Fix it and choose it again:`,
  sheetRubricTitleLabel: "Rubric title",
  sheetRubricTitleDefault: "Rubric read from a sheet",
  sheetRubricYearLabel: "Year",
  sheetRubricYearInvalid: "Enter a four-digit year, such as 2026.",
  sheetRubricHint:
    "Select a range with the columns: criterion code, kind, maximum, name (optionally: step, responsible department, evidence).",
  readRubricFromSelection: "Read the rubric from the selected range",
  selectionRubricInvalid: (address, count) =>
    `The range ${address} has ${count} problem(s), so no rubric was read. Fix them on the sheet and read again:`,
  findingField: "Place in the file",
  rubricLoaded: (title, criteria, totalMax) => `Loaded: ${title} — ${criteria} criteria, ${formatNumber(totalMax, "en")}-point scale.`,
  rubricWarnings: (count) => `${count} note(s) (the rubric can still be used):`,
  noRubric: "Choose or load a rubric.",

  unitsLabel: "Units (one per line)",
  unitsHint: "You can paste a whole column of unit names from Excel.",
  unitsFromSelection: "Take from the selected range",
  unitsEmpty: "Enter at least one unit.",
  unitsDuplicate: (name, firstLine, line) => `The unit "${name}" appears twice (lines ${firstLine} and ${line}).`,
  unitsCount: (count) => `${count} unit(s)`,
  selectionEmpty: "The selected range holds no values. Select the cells with data and try again.",

  columnsLabel: "Score columns",
  columnNames: {
    self: "Self-assessed score",
    appraised: "Appraised score",
    projected: "Projected score",
    total: "Total",
  },
  columnsRequired: "Choose at least one score column.",

  unitGroupLabel: "Unit group (grade bands)",
  unitGroupName: (key) => unitGroupsEn[key] ?? key,

  targetLabel: "Target for all units (optional)",
  targetKindLabel: "Kind of target",
  targetKinds: { none: "No target", ...targetKindWords("en") },
  targetGradeLabel: "Target grade",
  targetPointsLabel: (max) => `Target point total (0 to ${formatNumber(max, "en")})`,
  targetPointsInvalid: (max) => `Enter points from 0 to ${formatNumber(max, "en")}, such as ${formatNumber(examplePoints(max), "en")}.`,
  targetRankLabel: "Target rank (1 is the best)",
  targetRankInvalid: "Enter the rank as a positive whole number, such as 3.",

  createTemplate: "Create scoring template",
  fixErrors: "The template was not created: fix the marked fields above.",
  templateCreated: (scoringSheet, rubricSheet) => `Created the scoring sheet "${scoringSheet}" and the rubric sheet "${rubricSheet}".`,
  templateUpdated: (scoringSheet, rubricSheet, kept) =>
    `Updated the scoring sheet "${scoringSheet}" and the rubric sheet "${rubricSheet}"; kept ${kept} score(s) already entered.`,
  templateCarried: (scoringSheet, rubricSheet, fromSheet, kept) =>
    `Created the scoring sheet "${scoringSheet}" and the rubric sheet "${rubricSheet}"; carried over ${kept} score(s) from "${fromSheet}" (left as it was).`,
  templateOrphaned: (count, sheet, codes) =>
    `${count} score(s) with no place in the new template (code removed, unit or column gone, or not valid under the new scale) were copied to the sheet "${sheet}" with the reason, not deleted: ${codes.join(", ")}.`,

  validateIntro:
    "Checks every score cell against the rubric: above the maximum, off the step, numbers stored as text, typed-in totals that do not add up.",
  validateButton: "Check scores",
  validateSummary: (cells, errors, warnings) =>
    `Checked ${cells} score cell(s): ${errors} error(s), ${warnings} warning(s). Choose an item to go to its cell.`,
  validateClean: (cells) => `No problems: all ${cells} score cell(s) are valid.`,
  severity: { error: "Error", warning: "Warning" },
  areaHeading: (area) => `Area ${area}`,
  areaOther: "Totals and other items",
  unitHeading: (unit, count) => `${unit} (${count})`,
  findingCell: (address, column) => `Cell ${address} · ${column}`,
  convertTextNumbers: (count) => `Convert numbers stored as text (${count} cell(s))`,
  converted: (count) => `Converted ${count} cell(s) to numbers and checked again.`,

  highlightIntro:
    "Adds conditional formatting that colours cells losing points and units below their target; running it again replaces the old rules instead of adding duplicates.",
  highlightButton: "Highlight against targets",
  highlightDone: (sheet, added, replaced) => `Highlighted the sheet "${sheet}": ${added} rule(s) added, ${replaced} old rule(s) replaced.`,

  pasteIntro:
    "Paste a unit's whole column of scores (copied from another file or a report): the scores go into the criterion cells, and the subtotal rows keep their formulas.",
  pasteUnitLabel: "Unit",
  pasteKindLabel: "Score column",
  pasteBoxLabel: "Copied scores",
  pasteHint:
    "One score per line in the rubric's order (subtotal rows may come along), or two columns: criterion code and score. A blank line leaves its cell as it is; scores already there are replaced.",
  pasteButton: "Write the scores into the criterion cells",
  pasteDone: (written, replaced, keptBlank) =>
    `Wrote ${written} score(s)` +
    (replaced > 0 ? ` (replacing ${replaced} already there)` : "") +
    (keptBlank > 0 ? `; ${keptBlank} blank line(s) left their cells as they were` : "") +
    ".",

  summaryIntro:
    "Creates a report sheet for the meeting: current, projected and lost points, the criteria losing most with the department responsible, and ranks.",
  periodLabel: "Reporting period",
  periodRequired: "Enter the reporting period, such as Q3 2026.",
  topLostLabel: "How many criteria losing most points to list (1 to 50)",
  topLostInvalid: "Enter a whole number from 1 to 50.",
  previousRanksLabel: "Previous ranks (optional)",
  previousRanksHint: 'One unit per line: "Unit name; rank", such as "Xã An Bình; 3".',
  previousRanksNoSeparator: (line) => `Line ${line}: a ";" is missing between the unit name and the rank.`,
  previousRanksNoName: (line) => `Line ${line}: the unit name before ";" is missing.`,
  previousRanksBadRank: (line, text) => `Line ${line}: the rank "${text}" must be a positive whole number.`,
  previousRanksDuplicate: (line, name, firstLine) => `Line ${line}: the unit "${name}" is already on line ${firstLine}.`,
  summaryBasisLabel: "Scores the report uses",
  summaryBasisLatest: "Automatic (latest kind with scores)",
  summaryButton: "Create meeting report",
  summaryDone: (sheet, source) => `Created the report sheet "${sheet}" from ${source}.`,
  summarySource: (basis, chosen) => `the ${basisWordsEn[basis]} scores${chosen === "latest" ? " (the latest kind that has scores)" : ""}`,
  summaryNotice: SUMMARY_LABELS.en.notice,
};

export const strings: Record<Language, Strings> = { vi, en };
