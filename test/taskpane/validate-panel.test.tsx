/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { ValidatePanel } from "../../src/taskpane/components/ValidatePanel";
import { cellFinding, fakeOperations, report } from "./fake-operations";
import { renderInPane } from "./render-helpers";

const checkButton = () => screen.getByRole("button", { name: "Kiểm tra điểm" });

describe("ValidatePanel", () => {
  it("groups findings by unit then area and selects a finding's cell", async () => {
    const operations = fakeOperations();
    operations.validate.mockResolvedValue(
      report([
        cellFinding({ address: "'Chấm điểm'!E12", area: "1" }),
        cellFinding({
          unit: "Phường Tân Định",
          address: "'Chấm điểm'!G40",
          area: "7",
          severity: "warning",
          code: "score.offStep",
          column: "appraised",
          message: { vi: "Điểm 0,3 không theo bước 0,25.", en: "0.3 is not on the 0.25 step." },
        }),
        cellFinding({ address: "'Chấm điểm'!E30", area: "3", criterion: "3.1" }),
        cellFinding({
          address: "'Chấm điểm'!E90",
          area: undefined,
          column: "total",
          code: "total.mismatch",
          message: { vi: "Tổng nhập tay 80 khác tổng từ các tiêu chí 80,5.", en: "Typed total 80 differs from 80.5." },
        }),
      ]),
    );
    renderInPane(<ValidatePanel operations={operations} scoringSheet="Chấm điểm" />);
    fireEvent.click(checkButton());

    expect(await screen.findByText("Đã kiểm tra 120 ô điểm: 3 lỗi, 1 cảnh báo. Chọn một mục để đến ô đó.")).toBeTruthy();
    expect(operations.validate).toHaveBeenCalledWith("Chấm điểm");

    const unitHeadings = screen.getAllByRole("heading", { level: 3 }).map((h) => h.textContent);
    expect(unitHeadings).toEqual(["Xã An Bình (3)", "Phường Tân Định (1)"]);
    const firstUnit = screen.getByRole("region", { name: "Xã An Bình" });
    expect(
      within(firstUnit)
        .getAllByRole("heading", { level: 4 })
        .map((h) => h.textContent),
    ).toEqual(["Lĩnh vực 1", "Lĩnh vực 3", "Tổng điểm và mục khác"]);

    const warning = screen.getByRole("button", { name: /Cảnh báo: Điểm 0,3 không theo bước 0,25/ });
    expect(warning.textContent).toContain("Ô 'Chấm điểm'!G40 · Điểm thẩm định");
    expect(screen.getAllByRole("button", { name: /^Lỗi:/ })).toHaveLength(3);

    fireEvent.click(warning);
    await waitFor(() => expect(operations.selectCell).toHaveBeenCalledWith("'Chấm điểm'!G40"));
    expect(screen.queryByRole("button", { name: /Chuyển số dạng văn bản/ })).toBeNull();
  });

  it("converts numbers stored as text, then checks again", async () => {
    const operations = fakeOperations();
    const textNumbers = [
      cellFinding({ code: "score.textNumber", severity: "warning", address: "'Chấm điểm'!E14", suggestedValue: 8.25 }),
      cellFinding({ code: "score.textNumber", severity: "warning", address: "'Chấm điểm'!E15", suggestedValue: 1 }),
    ];
    const other = cellFinding({ address: "'Chấm điểm'!E20" });
    operations.validate.mockResolvedValueOnce(report([...textNumbers, other])).mockResolvedValueOnce(report([]));
    renderInPane(<ValidatePanel operations={operations} scoringSheet="Chấm điểm" />);
    fireEvent.click(checkButton());

    fireEvent.click(await screen.findByRole("button", { name: "Chuyển số dạng văn bản thành số (2 ô)" }));

    expect(await screen.findByText("Không có vấn đề nào: 120 ô điểm đều hợp lệ.")).toBeTruthy();
    expect(operations.convertTextNumbers).toHaveBeenCalledWith(textNumbers);
    expect(operations.validate).toHaveBeenCalledTimes(2);
    expect(screen.getByText("Đã chuyển 2 ô thành số và kiểm tra lại.")).toBeTruthy();
    expect(screen.queryByRole("button", { name: /Chuyển số dạng văn bản/ })).toBeNull();
  });

  it("cannot check without a scoring sheet", () => {
    renderInPane(<ValidatePanel operations={fakeOperations()} scoringSheet={undefined} />);
    expect((checkButton() as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText("Hãy chọn hoặc tạo một bảng chấm điểm trước.")).toBeTruthy();
  });
});
