import type { Language } from "../../core/bilingual";
import { useLanguage } from "./language";

/** The forms section's texts (phiếu tự đánh giá), Vietnamese and English. */
export interface FormsStrings {
  makeTitle: string;
  sourceLabel: string;
  sourceSheet: string;
  sourceRubric: string;
  sheetRubricMissing: (id: string, version: string) => string;
  noSheet: string;
  periodLabel: string;
  deadlineLabel: string;
  makeButton: (count: number) => string;
  made: (count: number, file: string) => string;
  openButton: string;
  needUnits: string;
  needRubric: string;
  collectTitle: string;
  collectIntro: string;
  filesLabel: string;
  collectButton: (count: number) => string;
  needFiles: string;
  collectDone: (files: number, written: number, refused: number) => string;
  fileHeading: (file: string, unit: string) => string;
  scoresTaken: (taken: number, written: number) => string;
  fileRefused: (file: string) => string;
  needsFixing: (count: number) => string;
  evidenceMissing: (codes: string) => string;
  explanationMissing: (codes: string) => string;
  differencesTitle: (count: number) => string;
  difference: (code: string, current: string, incoming: string) => string;
  overwriteButton: (count: number) => string;
  overwritten: (code: string) => string;
}

const vi: FormsStrings = {
  makeTitle: "Tạo phiếu cho các đơn vị",
  sourceLabel: "Lấy bộ tiêu chí và đơn vị từ",
  sourceSheet: "Bảng chấm điểm đang chọn",
  sourceRubric: "Bộ tiêu chí và danh sách đơn vị",
  sheetRubricMissing: (id, version) =>
    `Bộ tiêu chí ${id} phiên bản ${version} của bảng chấm không có sẵn; chọn "Bộ tiêu chí và danh sách đơn vị".`,
  noSheet: "Chưa chọn bảng chấm điểm.",
  periodLabel: "Kỳ đánh giá (ghi trên phiếu)",
  deadlineLabel: "Hạn gửi lại (không bắt buộc)",
  makeButton: (count) => (count > 1 ? `Tạo ${count} phiếu và tải về (.zip)` : "Tạo phiếu và tải về (.xlsx)"),
  made: (count, file) => `Đã tạo ${count} phiếu, tải về thành tệp "${file}".`,
  openButton: "Mở phiếu trong Excel (sổ tính mới)",
  needUnits: "Nhập ít nhất một đơn vị.",
  needRubric: "Chọn bộ tiêu chí trước.",
  collectTitle: "Thu phiếu đã điền",
  collectIntro:
    'Điểm vào cột Tự đánh giá của đơn vị; minh chứng, giải trình vào trang "Minh chứng tự đánh giá". Điểm đã có không bị ghi đè nếu bạn chưa chọn.',
  filesLabel: "Các phiếu đã điền",
  collectButton: (count) => `Thu ${count} phiếu vào bảng chấm`,
  needFiles: "Chọn ít nhất một tệp phiếu.",
  collectDone: (files, written, refused) =>
    `Đã đọc ${files} phiếu: ghi ${written} điểm${refused > 0 ? `; ${refused} phiếu không thu được` : ""}.`,
  fileHeading: (file, unit) => `${file} — ${unit}`,
  scoresTaken: (taken, written) => `${taken} điểm đã có trong bảng chấm (ghi mới ${written}).`,
  fileRefused: (file) => `${file}: không thu được.`,
  needsFixing: (count) => `${count} ô cần sửa:`,
  evidenceMissing: (codes) => `Có điểm nhưng thiếu tài liệu kiểm chứng (khi thẩm định sẽ bị trừ): ${codes}.`,
  explanationMissing: (codes) => `Mất điểm nhưng chưa giải trình: ${codes}.`,
  differencesTitle: (count) => `${count} điểm khác với điểm đã có trong bảng chấm (chưa ghi đè):`,
  difference: (code, current, incoming) => `Tiêu chí ${code}: trong bảng ${current}, trong phiếu ${incoming}`,
  overwriteButton: (count) => `Ghi đè ${count} điểm đã chọn`,
  overwritten: (code) => `Tiêu chí ${code}: đã ghi đè bằng điểm trong phiếu.`,
};

const en: FormsStrings = {
  makeTitle: "Make the units' forms",
  sourceLabel: "Take the rubric and units from",
  sourceSheet: "The selected scoring sheet",
  sourceRubric: "A rubric and a list of units",
  sheetRubricMissing: (id, version) => `The sheet's rubric ${id} version ${version} is not bundled; choose "A rubric and a list of units".`,
  noSheet: "No scoring sheet selected.",
  periodLabel: "Period (printed on the form)",
  deadlineLabel: "Return deadline (optional)",
  makeButton: (count) => (count > 1 ? `Make ${count} forms and download (.zip)` : "Make the form and download (.xlsx)"),
  made: (count, file) => `Made ${count} form(s), downloaded as "${file}".`,
  openButton: "Open the form in Excel (new workbook)",
  needUnits: "Enter at least one unit.",
  needRubric: "Choose a rubric first.",
  collectTitle: "Collect returned forms",
  collectIntro:
    'Scores go into the unit\'s self-assessed column; evidence and explanations into "Minh chứng tự đánh giá". Scores already there are not overwritten unless you choose.',
  filesLabel: "Returned forms",
  collectButton: (count) => `Collect ${count} form(s) into the scoring sheet`,
  needFiles: "Choose at least one form file.",
  collectDone: (files, written, refused) =>
    `Read ${files} form(s): wrote ${written} score(s)${refused > 0 ? `; ${refused} form(s) refused` : ""}.`,
  fileHeading: (file, unit) => `${file} — ${unit}`,
  scoresTaken: (taken, written) => `${taken} score(s) now in the scoring sheet (${written} newly written).`,
  fileRefused: (file) => `${file}: not collected.`,
  needsFixing: (count) => `${count} cell(s) to fix:`,
  evidenceMissing: (codes) => `Scored without evidence (the appraisal will cut these): ${codes}.`,
  explanationMissing: (codes) => `Points lost without an explanation: ${codes}.`,
  differencesTitle: (count) => `${count} score(s) differ from those already in the scoring sheet (not overwritten):`,
  difference: (code, current, incoming) => `Criterion ${code}: sheet ${current}, form ${incoming}`,
  overwriteButton: (count) => `Overwrite the ${count} chosen score(s)`,
  overwritten: (code) => `Criterion ${code}: overwritten with the form's score.`,
};

export const formsStrings: Record<Language, FormsStrings> = { vi, en };

export function useFormsStrings(): FormsStrings {
  return formsStrings[useLanguage().language];
}
