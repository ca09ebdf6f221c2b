import { bilingual, type Bilingual } from "../bilingual";
import { formatNumber } from "../number-text";

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
  otherVersion: (file: string, rubric: string, formVersion: string, expected: string): Bilingual =>
    bilingual(
      `Phiếu "${file}" làm theo bộ tiêu chí ${rubric} phiên bản ${formVersion}, không phải phiên bản ${expected}; gửi cho đơn vị phiếu phiên bản ${expected} để làm lại.`,
      `Form "${file}" follows rubric ${rubric} version ${formVersion}, not version ${expected}; send the unit a version ${expected} form.`,
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
