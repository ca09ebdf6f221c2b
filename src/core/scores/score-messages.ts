import { bilingual, type Bilingual } from "../bilingual";
import { MAX_POINTS, fromMicro } from "../decimal";
import { formatNumber } from "../number-text";

/** Score problem messages: each names the criterion and says how to fix it, in both languages. */
const vi = (micro: number) => formatNumber(fromMicro(micro), "vi");
const en = (micro: number) => formatNumber(fromMicro(micro), "en");

export const scoreMessages = {
  aboveMax: (code: string, micro: number, maxMicro: number): Bilingual =>
    bilingual(
      `Điểm ${vi(micro)} của tiêu chí ${code} vượt điểm tối đa ${vi(maxMicro)}; nhập điểm từ 0 đến ${vi(maxMicro)}.`,
      `Score ${en(micro)} of criterion ${code} exceeds its maximum ${en(maxMicro)}; enter a score from 0 to ${en(maxMicro)}.`,
    ),
  negative: (code: string, micro: number, isPenalty: boolean): Bilingual =>
    isPenalty
      ? bilingual(
          `Điểm trừ của ${code} nhập là ${vi(micro)}; nhập số điểm bị trừ dưới dạng số dương (ví dụ 0,5).`,
          `Penalty ${code} is entered as ${en(micro)}; enter the points deducted as a positive number (e.g. 0.5).`,
        )
      : bilingual(
          `Điểm ${vi(micro)} của tiêu chí ${code} là số âm; điểm phải từ 0 trở lên.`,
          `Score ${en(micro)} of criterion ${code} is negative; scores start at 0.`,
        ),
  offStep: (code: string, micro: number, stepMicro: number): Bilingual =>
    bilingual(
      `Điểm ${vi(micro)} của tiêu chí ${code} không đúng bước điểm ${vi(stepMicro)}; nhập bội số của ${vi(stepMicro)}.`,
      `Score ${en(micro)} of criterion ${code} is not on its step of ${en(stepMicro)}; enter a multiple of ${en(stepMicro)}.`,
    ),
  notAllowed: (code: string, micro: number, allowedMicro: readonly number[]): Bilingual =>
    bilingual(
      `Điểm ${vi(micro)} của tiêu chí ${code} không thuộc các mức được phép: ${allowedMicro.map(vi).join("; ")}.`,
      `Score ${en(micro)} of criterion ${code} is not one of the allowed scores: ${allowedMicro.map(en).join("; ")}.`,
    ),
  tooPrecise: (code: string, value: number): Bilingual =>
    bilingual(
      `Điểm ${String(value).replace(".", ",")} của tiêu chí ${code} có quá 6 chữ số thập phân; làm tròn (ví dụ =ROUND(...;3)).`,
      `Score ${value} of criterion ${code} has more than 6 decimals; round it (e.g. =ROUND(...,3)).`,
    ),
  notFinite: (code: string, value: number): Bilingual =>
    bilingual(
      `Điểm của tiêu chí ${code} là ${String(value)}, không phải một số hữu hạn (thường do công thức chia cho 0 hoặc tràn số); nhập số điểm từ 0 đến điểm tối đa.`,
      `The score of criterion ${code} is ${String(value)}, not a finite number (usually a formula that divided by 0 or overflowed); enter points from 0 to the maximum.`,
    ),
  tooLarge: (code: string, value: number, maxMicro: number): Bilingual =>
    bilingual(
      `Điểm ${String(value).replace(".", ",")} của tiêu chí ${code} quá lớn (vượt ${formatNumber(MAX_POINTS, "vi")}); nhập điểm từ 0 đến ${vi(maxMicro)}.`,
      `Score ${String(value)} of criterion ${code} is far too large (beyond ${formatNumber(MAX_POINTS, "en")}); enter a score from 0 to ${en(maxMicro)}.`,
    ),
  textNumber: (code: string, text: string, value: number): Bilingual =>
    bilingual(
      `Điểm của tiêu chí ${code} là văn bản "${text}", không phải số; nhập lại dạng số ${formatNumber(value, "vi")} (hoặc bấm Chuyển thành số ở ngăn PAR INDEX).`,
      `The score of criterion ${code} is the text "${text}", not a number; re-enter it as the number ${formatNumber(value, "en")} (or click Convert to numbers in the PAR INDEX pane).`,
    ),
  ambiguousNumber: (code: string, text: string, readings: [number, number]): Bilingual =>
    bilingual(
      `Điểm của tiêu chí ${code} là văn bản "${text}", có thể là ${formatNumber(readings[0], "vi")} hoặc ${formatNumber(readings[1], "vi")}; nhập lại dạng số.`,
      `The score of criterion ${code} is the text "${text}", which may mean ${formatNumber(readings[0], "en")} or ${formatNumber(readings[1], "en")}; re-enter it as a number.`,
    ),
  text: (code: string, text: string): Bilingual =>
    bilingual(
      `Điểm của tiêu chí ${code} là "${text}"; nhập một số, để trống nếu chưa chấm, hoặc N/A nếu không áp dụng.`,
      `The score of criterion ${code} is "${text}"; enter a number, leave it blank if not assessed yet, or N/A if not applicable.`,
    ),
  boolean: (code: string, value: boolean): Bilingual =>
    bilingual(
      `Điểm của tiêu chí ${code} là ${value ? "TRUE" : "FALSE"}; nhập số điểm (ví dụ điểm tối đa hoặc 0).`,
      `The score of criterion ${code} is ${value ? "TRUE" : "FALSE"}; enter the points as a number (e.g. the maximum or 0).`,
    ),
  errorValue: (code: string, text: string): Bilingual =>
    bilingual(
      `Ô điểm của tiêu chí ${code} đang báo lỗi ${text}; sửa công thức hoặc nhập điểm trực tiếp.`,
      `The score cell of criterion ${code} shows the error ${text}; fix its formula or type the score.`,
    ),
  onBlankRow: (row: number): Bilingual =>
    bilingual(
      `Dòng ${row + 1} có điểm nhưng không có mã tiêu chí; thêm mã hoặc xóa điểm.`,
      `Row ${row + 1} has a score but no criterion code; add the code or remove the score.`,
    ),
};
