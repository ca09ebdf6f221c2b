import { bilingual, type Bilingual } from "../bilingual";
import { formatNumber } from "../number-text";

/** A value as the unit typed it, numbers written the reader's way (1,5 in Vietnamese). */
type Typed = number | string | boolean;
const shown = (typed: Typed, language: "vi" | "en") => (typeof typed === "number" ? formatNumber(typed, language) : String(typed));

/**
 * Why a returned form was refused, or what in it needs attention: each message names the file and the
 * cell or criterion, and says how to fix it, in both languages.
 */
export const formMessages = {
  fileMissing: (file: string): Bilingual =>
    bilingual(
      `Không có tệp "${file}"; kiểm tra lại đường dẫn và tên tệp (các tệp khác vẫn được thu).`,
      `There is no file "${file}"; check the path and the file name (the other files are still collected).`,
    ),
  notASpreadsheet: (file: string): Bilingual =>
    bilingual(
      `Tệp "${file}" không phải tệp Excel (.xlsx); hãy gửi lại đúng phiếu tự đánh giá dạng .xlsx.`,
      `"${file}" is not an Excel file (.xlsx); send back the self-assessment form as .xlsx.`,
    ),
  oldXls: (file: string): Bilingual =>
    bilingual(
      `Tệp "${file}" là định dạng Excel 97-2003 (.xls); mở tệp rồi Lưu thành (Save As) "Excel Workbook (.xlsx)" và gửi lại.`,
      `"${file}" is an Excel 97-2003 file (.xls); open it, Save As "Excel Workbook (.xlsx)" and send it again.`,
    ),
  encrypted: (file: string): Bilingual =>
    bilingual(
      `Tệp "${file}" được đặt mật khẩu nên không đọc được; bỏ mật khẩu (Tệp → Thông tin → Bảo vệ sổ làm việc) rồi gửi lại.`,
      `"${file}" is password-protected and cannot be read; remove the password (File → Info → Protect Workbook) and send it again.`,
    ),
  corrupted: (file: string, detail: string): Bilingual =>
    bilingual(
      `Tệp "${file}" bị hỏng, không mở được (${detail}); đơn vị cần lưu và gửi lại phiếu.`,
      `"${file}" is damaged and cannot be opened (${detail}); ask the unit to save and send the form again.`,
    ),
  notAForm: (file: string): Bilingual =>
    bilingual(
      `Tệp "${file}" không phải phiếu tự đánh giá do PAR INDEX tạo (không có phần nhận diện phiếu); dùng đúng phiếu đã gửi cho đơn vị.`,
      `"${file}" is not a self-assessment form made by PAR INDEX (it has no form identity); use the form that was sent to the unit.`,
    ),
  otherRubric: (file: string, formRubric: string, expected: string): Bilingual =>
    bilingual(
      `Phiếu "${file}" thuộc bộ tiêu chí ${formRubric}, không phải ${expected}; thu phiếu này vào bảng chấm của bộ ${formRubric}.`,
      `Form "${file}" belongs to rubric ${formRubric}, not ${expected}; collect it into a scoring sheet of rubric ${formRubric}.`,
    ),
  olderFormChanged: (file: string, rubric: string, version: string, current: string): Bilingual =>
    bilingual(
      `Phiếu "${file}" làm theo bộ tiêu chí ${rubric} phiên bản ${version}, không phải phiên bản đang dùng ${current}, và các dòng của phiếu (mã, loại, điểm tối đa hoặc mức điểm) đã bị sửa, chèn hoặc xóa nên không chuyển điểm theo mã được; dùng phiếu gốc phiên bản ${version}, hoặc gửi cho đơn vị phiếu phiên bản ${current} để làm lại.`,
      `Form "${file}" follows rubric ${rubric} version ${version}, not the version in use (${current}), and its rows (codes, kinds, maxima or levels) were edited, inserted or deleted, so its scores cannot be carried over by code; use the original version ${version} form, or send the unit a version ${current} form.`,
    ),
  carriedOver: (
    file: string,
    rubric: string,
    versions: { from: string; to: string },
    carried: number,
    notCarried: number,
    newCodes: readonly string[],
  ): Bilingual => {
    const listed = (codes: readonly string[]) => codes.slice(0, 8).join(", ") + (codes.length > 8 ? ", …" : "");
    return bilingual(
      `Phiếu "${file}" làm theo bộ tiêu chí ${rubric} phiên bản ${versions.from}; điểm được chuyển sang phiên bản ${versions.to} theo mã: ${carried} điểm chuyển được` +
        (notCarried > 0 ? `, ${notCarried} điểm không chuyển được (xem từng tiêu chí bên dưới)` : "") +
        (newCodes.length > 0 ? `; ${newCodes.length} tiêu chí mới của phiên bản ${versions.to} chưa có điểm (${listed(newCodes)})` : "") +
        `. Lần sau gửi cho đơn vị phiếu phiên bản ${versions.to}.`,
      `Form "${file}" follows rubric ${rubric} version ${versions.from}; its scores were carried over by code into version ${versions.to}: ${carried} carried` +
        (notCarried > 0 ? `, ${notCarried} could not be carried (see each criterion below)` : "") +
        (newCodes.length > 0 ? `; ${newCodes.length} criteria new in version ${versions.to} have no score yet (${listed(newCodes)})` : "") +
        `. Send the unit a version ${versions.to} form next time.`,
    );
  },
  codeRemoved: (code: string, typed: Typed, versions: { from: string; to: string }): Bilingual =>
    bilingual(
      `Tiêu chí ${code} (điểm "${shown(typed, "vi")}") của phiên bản ${versions.from} không còn là tiêu chí chấm điểm trong phiên bản ${versions.to}: điểm này không được thu vào bảng chấm. Chấm lại theo các tiêu chí của phiên bản ${versions.to} và nhập vào bảng chấm (hoặc gửi cho đơn vị phiếu phiên bản ${versions.to}).`,
      `Criterion ${code} (score "${shown(typed, "en")}") of version ${versions.from} is no longer a criterion to score in version ${versions.to}: this score is not collected into the scoring sheet. Score the version ${versions.to} criteria instead and enter them in the scoring sheet (or send the unit a version ${versions.to} form).`,
    ),
  notValidInVersion: (code: string, typed: Typed, versions: { from: string; to: string }, detail: Bilingual): Bilingual =>
    bilingual(
      `Điểm "${shown(typed, "vi")}" của tiêu chí ${code} theo phiên bản ${versions.from} không hợp lệ theo phiên bản ${versions.to} (điểm tối đa hoặc mức điểm đã đổi): ${detail.vi} Điểm này không được thu; chấm lại tiêu chí ${code} theo phiên bản ${versions.to} và nhập vào bảng chấm.`,
      `Score "${shown(typed, "en")}" of criterion ${code} under version ${versions.from} is not valid under version ${versions.to} (its maximum or levels changed): ${detail.en} It is not collected; score criterion ${code} again under version ${versions.to} and enter it in the scoring sheet.`,
    ),
  unknownRubric: (file: string, rubric: string, version: string): Bilingual =>
    bilingual(
      `Phiếu "${file}" làm theo bộ tiêu chí ${rubric} phiên bản ${version}, không có sẵn; chỉ ra tệp bộ tiêu chí (--rubric tệp.json).`,
      `Form "${file}" follows rubric ${rubric} version ${version}, which is not bundled; give the rubric file (--rubric file.json).`,
    ),
  rubricChanged: (file: string, rubric: string, version: string): Bilingual =>
    bilingual(
      `Phiếu "${file}" làm theo một bộ tiêu chí ${rubric} phiên bản ${version} có nội dung khác bộ đang dùng (mã, điểm tối đa hoặc bước điểm khác); làm lại phiếu từ bộ tiêu chí đang dùng.`,
      `Form "${file}" was made from a rubric ${rubric} version ${version} whose content differs from this one (codes, maxima or steps); make the form again from the rubric in use.`,
    ),
  sheetMissing: (file: string, sheet: string): Bilingual =>
    bilingual(
      `Phiếu "${file}" không còn trang "${sheet}" (đã bị xóa hoặc đổi tên); đổi lại tên trang hoặc dùng phiếu gốc.`,
      `Form "${file}" no longer has the sheet "${sheet}" (deleted or renamed); rename it back or use the original form.`,
    ),
  headerMoved: (file: string, cell: string, expected: string, found: string): Bilingual =>
    bilingual(
      `Phiếu "${file}": ô ${cell} phải là tiêu đề "${expected}" nhưng là "${found}" (cột đã bị chèn, xóa hoặc đổi tên); khôi phục cột như phiếu gốc rồi gửi lại.`,
      `Form "${file}": cell ${cell} should be the header "${expected}" but is "${found}" (a column was inserted, deleted or renamed); restore the columns as in the original form and send it again.`,
    ),
  rowDeleted: (file: string, code: string, cell: string): Bilingual =>
    bilingual(
      `Phiếu "${file}": dòng của tiêu chí ${code} đã bị xóa (lẽ ra ở ô ${cell}); dùng phiếu gốc, chép lại điểm rồi gửi lại.`,
      `Form "${file}": the row of criterion ${code} was deleted (it belongs at cell ${cell}); use the original form, copy the scores back and send it again.`,
    ),
  rowInserted: (file: string, cell: string, found: string): Bilingual =>
    bilingual(
      `Phiếu "${file}": dòng ${cell} được chèn thêm ("${found}"), không có trong phiếu gốc; xóa dòng đó rồi gửi lại.`,
      `Form "${file}": row ${cell} was inserted ("${found}") and is not in the original form; delete it and send the form again.`,
    ),
  rowMoved: (file: string, code: string, cell: string, expectedCell: string): Bilingual =>
    bilingual(
      `Phiếu "${file}": tiêu chí ${code} nằm ở ô ${cell} thay vì ${expectedCell} (dòng đã bị di chuyển); trả các dòng về đúng thứ tự mã rồi gửi lại.`,
      `Form "${file}": criterion ${code} is at cell ${cell} instead of ${expectedCell} (rows were moved); put the rows back in code order and send it again.`,
    ),
  maxEdited: (file: string, code: string, cell: string, found: string, expected: number): Bilingual =>
    bilingual(
      `Phiếu "${file}": điểm tối đa của tiêu chí ${code} (ô ${cell}) đã bị sửa thành "${found}", đúng là ${formatNumber(expected, "vi")}; sửa lại rồi gửi lại.`,
      `Form "${file}": the maximum of criterion ${code} (cell ${cell}) was changed to "${found}"; it is ${formatNumber(expected, "en")}; put it back and send the form again.`,
    ),
  scoreOnSurvey: (code: string, cell: string): Bilingual =>
    bilingual(
      `Tiêu chí ${code} (ô ${cell}) lấy điểm từ điều tra xã hội học, đơn vị không tự chấm; điểm nhập ở đây không được thu.`,
      `Criterion ${code} (cell ${cell}) is scored by the sociological survey, not by the unit; the score typed here is not collected.`,
    ),
  scoreOnParent: (code: string, cell: string): Bilingual =>
    bilingual(
      `Ô ${cell} của tiêu chí ${code} là tổng các tiêu chí con và đã bị ghi đè; điểm này không được thu, hãy nhập điểm vào các tiêu chí con.`,
      `Cell ${cell} of criterion ${code} is the sum of its sub-criteria and was overwritten; it is not collected: enter the scores on the sub-criteria.`,
    ),
  scoreFormula: (code: string, formula: string): Bilingual =>
    bilingual(
      `Điểm của tiêu chí ${code} là công thức ${formula}, không được thu (phiếu cũng không tính vào tổng); xóa công thức và gõ số điểm.`,
      `The score of criterion ${code} is the formula ${formula}; it is not collected (the form does not count it either): delete the formula and type the score.`,
    ),
  textNumberRead: (code: string, text: string, value: number): Bilingual =>
    bilingual(
      `Điểm của tiêu chí ${code} được nhập dạng văn bản "${text}"; đã đọc là ${formatNumber(value, "vi")} như phiếu đã tính. Nên gõ lại dạng số.`,
      `The score of criterion ${code} was typed as the text "${text}"; it was read as ${formatNumber(value, "en")}, as the form counted it. Better retype it as a number.`,
    ),
  evidenceMissing: (code: string, cell: string): Bilingual =>
    bilingual(
      `Tiêu chí ${code} có điểm nhưng chưa có tài liệu kiểm chứng (ô ${cell}); khi thẩm định, điểm này sẽ bị trừ.`,
      `Criterion ${code} is scored but has no evidence (cell ${cell}); the appraisal will cut these points.`,
    ),
  explanationMissing: (code: string, cell: string): Bilingual =>
    bilingual(
      `Tiêu chí ${code} bị mất điểm nhưng chưa có giải trình (ô ${cell}); ghi lý do vào cột Giải trình.`,
      `Criterion ${code} loses points but has no explanation (cell ${cell}); write the reason in the Explanation column.`,
    ),
  inCell: (message: Bilingual, file: string, cell: string): Bilingual =>
    bilingual(`${message.vi} (phiếu "${file}", ô ${cell})`, `${message.en} (form "${file}", cell ${cell})`),
};
