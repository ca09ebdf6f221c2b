/** Texts of the workbench's own UI (the task pane has its own, in src/taskpane/i18n). */
import type { Language } from "./runtime";

export interface WorkbenchStrings {
  title: string;
  subtitle: string;
  switchLanguage: string;
  switchLanguageHref: string;
  gridLabel: (sheet: string) => string;
  sheetTabs: string;
  nameBox: string;
  formulaBar: string;
  taskpane: string;
  charts: string;
  chartItem: (title: string, type: string, source: string) => string;
  noTitle: string;
  protectedSheet: string;
  /** Excel's alert for an edit of a locked cell, in the reader's language. */
  protectedMessage: string;
  ok: string;
  retry: string;
  cancel: string;
  yes: string;
  no: string;
  continueQuestion: string;
  functionsMissing: string;
  lastRun: (syncs: number, ms: number) => string;
  ready: string;
  editHint: string;
}

const vi: WorkbenchStrings = {
  title: "PAR INDEX · Bàn thử",
  subtitle: "Sổ tính trong bộ nhớ, không cần Excel",
  switchLanguage: "English",
  switchLanguageHref: "?lang=en",
  gridLabel: (sheet) => `Trang tính ${sheet}`,
  sheetTabs: "Các trang tính",
  nameBox: "Ô đang chọn",
  formulaBar: "Nội dung ô",
  taskpane: "Ngăn tác vụ PAR INDEX",
  charts: "Biểu đồ trên trang này",
  chartItem: (title, type, source) => `${title} · ${type} · dữ liệu ${source}`,
  noTitle: "(không có tiêu đề)",
  protectedSheet: "Trang được bảo vệ",
  protectedMessage:
    "Ô bạn đang muốn sửa nằm trên trang tính được bảo vệ. Ô tổng và ô công thức được khóa; hãy nhập điểm vào các ô màu vàng, hoặc dùng Dán điểm ở ngăn PAR INDEX để dán cả cột điểm.",
  ok: "OK",
  retry: "Thử lại",
  cancel: "Hủy",
  yes: "Có",
  no: "Không",
  continueQuestion: "Tiếp tục?",
  functionsMissing: "Không tải được functions.js: các hàm PAR.* sẽ báo #NAME?. Hãy chạy npm run build.",
  lastRun: (syncs, ms) => `Lệnh gần nhất: ${syncs} lần đồng bộ, ${ms} ms`,
  ready: "Sẵn sàng",
  editHint: "Nhập để sửa ô · Enter: xong · Esc: hủy · F2: sửa nội dung",
};

const en: WorkbenchStrings = {
  title: "PAR INDEX · Workbench",
  subtitle: "In-memory workbook, no Excel needed",
  switchLanguage: "Tiếng Việt",
  switchLanguageHref: "?lang=vi",
  gridLabel: (sheet) => `Worksheet ${sheet}`,
  sheetTabs: "Worksheets",
  nameBox: "Selected cell",
  formulaBar: "Cell contents",
  taskpane: "PAR INDEX task pane",
  charts: "Charts on this sheet",
  chartItem: (title, type, source) => `${title} · ${type} · data ${source}`,
  noTitle: "(no title)",
  protectedSheet: "Protected sheet",
  protectedMessage:
    "The cell you're trying to change is on a protected sheet. Totals and formulas are locked; type scores into the yellow cells, or use Paste scores in the PAR INDEX pane to paste a whole column.",
  ok: "OK",
  retry: "Retry",
  cancel: "Cancel",
  yes: "Yes",
  no: "No",
  continueQuestion: "Continue?",
  functionsMissing: "functions.js did not load: PAR.* formulas will show #NAME?. Run npm run build.",
  lastRun: (syncs, ms) => `Last command: ${syncs} sync(s), ${ms} ms`,
  ready: "Ready",
  editHint: "Type to edit · Enter: done · Esc: cancel · F2: edit contents",
};

export function workbenchStrings(language: Language): WorkbenchStrings {
  return language === "en" ? en : vi;
}
