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
  return new WorkbookOperationError(messageFor(code, detail), error);
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
