/**
 * Words written into a form. The form goes to units whatever their Office language: Vietnamese only,
 * as the province's own paper forms are. No text here may contain a double quote (some go into
 * formula strings).
 */
export const FORM_TEXT = {
  title: "PHIẾU TỰ ĐÁNH GIÁ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH",
  unit: "Đơn vị",
  rubric: "Bộ tiêu chí",
  version: "phiên bản",
  period: "Kỳ đánh giá",
  deadline: "Hạn gửi lại",
  instructions:
    "Hướng dẫn: nhập điểm tự đánh giá vào cột Điểm tự đánh giá (ô màu vàng) cho từng tiêu chí thành phần. " +
    "Để trống = chưa chấm; 0 = đã chấm, không đạt điểm; N/A, KAD hoặc không áp dụng = tiêu chí không áp dụng với đơn vị (điểm tối đa được giảm tương ứng). " +
    "Tiêu chí có điểm phải ghi Tài liệu kiểm chứng (số, ngày văn bản hoặc đường dẫn); tiêu chí bị mất điểm phải ghi Giải trình. " +
    "Không sửa mã, điểm tối đa, không chèn hoặc xóa dòng: phiếu sẽ không thu được.",
  criterion: "Tiêu chí",
  max: "tối đa",
  prompt: "Để trống nếu chưa chấm; N/A nếu không áp dụng.",
  invalidScore: "Điểm không hợp lệ:",
  // "Sửa: số 0–1,5 đúng mức/bước" (the max between the two parts): one line of the check column,
  // whose height is set for the rubric's text, not for this; the cell's input message says the rest.
  checkInvalid: "Sửa: số 0–",
  checkInvalidEnd: " đúng mức/bước",
  checkFormula: "Sửa: ô có công thức, gõ số",
  checkEvidence: "Thiếu tài liệu kiểm chứng",
  checkExplanation: "Thiếu giải trình",
  // "Chưa tính 2 ô điểm cần sửa; ô đầu tiên: H12 (tiêu chí 1.2.1), xem cột Kiểm tra"
  totalSkips1: "Chưa tính ",
  totalSkips2: " ô điểm cần sửa; ô đầu tiên: ",
  totalSkips3: " (tiêu chí ",
  totalSkips4: "), xem cột Kiểm tra",
} as const;

/** How one cell looks and whether it takes typing on the protected sheet. */
export interface FormCellStyle {
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  fontColor?: string;
  fill?: string;
  wrap?: boolean;
  numberFormat?: string;
  horizontal?: "left" | "center" | "right";
  vertical?: "top" | "middle";
  /** false: an input cell, editable on the protected sheet. */
  locked?: boolean;
  border?: boolean;
}

const BORDER = { border: true } as const;

export const FORM_STYLE = {
  points: "0.00#",
  title: { bold: true, fontSize: 14, fontColor: "#1F3864" } satisfies FormCellStyle,
  unit: { bold: true, fontSize: 12 } satisfies FormCellStyle,
  plain: {} satisfies FormCellStyle,
  instructions: { italic: true, wrap: true, vertical: "top" } satisfies FormCellStyle,
  header: { bold: true, fill: "#DDEBF7", wrap: true, vertical: "middle", horizontal: "center", ...BORDER } satisfies FormCellStyle,
  fixed: { vertical: "top", ...BORDER } satisfies FormCellStyle,
  areaFill: "#D9E1F2",
  criterionFill: "#F2F2F2",
  surveyFill: "#E7E6E6",
  checkFont: "#9C0006",
  scoreInput: { fill: "#FFF9DB", locked: false, numberFormat: "0.00#", vertical: "top", ...BORDER } satisfies FormCellStyle,
  // Text format: a reference typed as "=..." or "1/2026" stays the text the unit typed.
  textInput: { fill: "#FFF9DB", locked: false, numberFormat: "@", wrap: true, vertical: "top", ...BORDER } satisfies FormCellStyle,
  summaryLabel: { bold: true, wrap: true, ...BORDER } satisfies FormCellStyle,
  summaryValue: { bold: true, fill: "#F2F2F2", ...BORDER } satisfies FormCellStyle,
  totalWarning: { bold: true, fontColor: "#9C0006", wrap: true, vertical: "top" } satisfies FormCellStyle,
  invalid: { fill: "#FFC7CE", fontColor: "#9C0006" },
  missing: { fill: "#FFEB9C", fontColor: "#9C5700" },
} as const;
