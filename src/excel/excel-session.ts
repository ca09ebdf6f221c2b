import { bilingual, type Bilingual } from "../core/bilingual";
import { TemplateError } from "../core/template/template-error";
import { WorkbookOperationError } from "./operations";

/**
 * Every command runs in one `Excel.run` through here: syncs are counted (they are the cost that
 * matters, and the benchmarks report them), and whatever goes wrong reaches the user as a message that
 * says what happened and what to do.
 */
export interface ExcelSession {
  context: Excel.RequestContext;
  sync(): Promise<void>;
  readonly syncs: number;
}

export async function runInExcel<T>(command: (session: ExcelSession) => Promise<T>): Promise<T> {
  try {
    return await Excel.run(async (context) => {
      let syncs = 0;
      const session: ExcelSession = {
        context,
        async sync() {
          syncs++;
          await context.sync();
        },
        get syncs() {
          return syncs;
        },
      };
      return command(session);
    });
  } catch (error) {
    throw toOperationError(error);
  }
}

export function toOperationError(error: unknown): WorkbookOperationError {
  if (error instanceof WorkbookOperationError) return error;
  if (error instanceof TemplateError) return new WorkbookOperationError(error.userMessage, error);
  const code = typeof error === "object" && error !== null && "code" in error ? String((error as { code: unknown }).code) : "";
  const detail = error instanceof Error ? error.message : String(error);
  if (isPasswordError(error)) return new WorkbookOperationError(passwordProtected(), error);
  return new WorkbookOperationError(messageFor(code, detail), error);
}

/**
 * Our sheets are protected without a password, so the add-in can unprotect, write and protect them
 * again. A user who protected one with a password makes that unprotect fail ("The password you
 * supplied is not correct."); the batch stops there, before any write to that sheet.
 */
export function isPasswordError(error: unknown): boolean {
  const code = typeof error === "object" && error !== null && "code" in error ? String((error as { code: unknown }).code) : "";
  const detail = error instanceof Error ? error.message : String(error);
  return /password/i.test(detail) || (code === "InvalidArgument" && /unprotect/i.test(detail));
}

export function passwordProtected(sheet?: string): Bilingual {
  const which = sheet === undefined ? bilingual("Một trang tính", "A sheet") : bilingual(`Trang "${sheet}"`, `Sheet "${sheet}"`);
  return bilingual(
    `${which.vi} được bảo vệ bằng mật khẩu nên PAR INDEX không ghi vào được; trang vẫn giữ nguyên, chưa có gì bị thay đổi. Hãy bỏ mật khẩu (Xem lại → Bỏ bảo vệ trang tính) rồi chạy lại lệnh; PAR INDEX sẽ tự bảo vệ lại trang (không mật khẩu) sau khi ghi.`,
    `${which.en} is protected with a password, so PAR INDEX cannot write to it; the sheet stays untouched, nothing was changed. Remove the password (Review → Unprotect Sheet) and run the command again; PAR INDEX protects the sheet again (without a password) after writing.`,
  );
}

/** Excel's own detail is English: only the English message quotes it. */
function messageFor(code: string, detail: string): Bilingual {
  switch (code) {
    case "AccessDenied":
    case "InvalidOperation":
      return bilingual(
        `Excel không cho ghi vào trang tính. Nếu trang được bảo vệ bằng mật khẩu, hãy bỏ bảo vệ (Xem lại → Bỏ bảo vệ trang tính) rồi thử lại; nếu đang sửa một ô, nhấn Enter hoặc Esc trước.`,
        `Excel refused to write to the sheet (${detail}). If the sheet is protected with a password, unprotect it (Review → Unprotect Sheet) and try again; if you are editing a cell, press Enter or Esc first.`,
      );
    case "ItemNotFound":
      return bilingual(
        `Không tìm thấy trang tính hoặc vùng cần dùng; có thể trang đã bị xóa hoặc đổi tên. Hãy bấm "Làm mới danh sách" rồi chọn lại trang chấm điểm ở ngăn PAR INDEX.`,
        `A sheet or range the command needs was not found (${detail}); it may have been deleted or renamed. Pick the scoring sheet again in the PAR INDEX pane.`,
      );
    case "RequestPayloadSizeLimitExceeded":
      return bilingual(
        "Dữ liệu cần ghi quá lớn cho một lần gửi tới Excel. Hãy chia các đơn vị thành nhiều mẫu nhỏ hơn.",
        "The data to write is too large for one request to Excel. Split the units over smaller templates.",
      );
    default:
      return bilingual(
        `Không thực hiện được: ${detail}. Hãy thử lại; nếu vẫn lỗi, lưu tệp, mở lại Excel và báo cho bộ phận hỗ trợ kèm nội dung này.`,
        `The command could not be completed: ${detail}. Try again; if it keeps failing, save the file, restart Excel and report this message.`,
      );
  }
}
