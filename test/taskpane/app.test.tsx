/** @jest-environment jsdom */
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { cellFinding, fakeOperations, report, sampleSheet } from "./fake-operations";
import { renderPane } from "./render-helpers";

jest.setTimeout(30_000);

describe("App", () => {
  it("switches every text between Vietnamese and English", async () => {
    renderPane(fakeOperations());
    expect(await screen.findByText("Chưa có bảng chấm điểm nào — hãy tạo ở mục Mẫu chấm điểm.")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Kiểm tra" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Tạo mẫu chấm điểm" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Mẫu chấm điểm" })).toBeTruthy();

    fireEvent.click(screen.getByRole("button", { name: "English" }));

    expect(screen.getByText("No scoring sheet yet — create one under Scoring template.")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Check" })).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Kiểm tra" })).toBeNull();
    expect(screen.getByRole("button", { name: "Create scoring template" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "English" }).getAttribute("aria-pressed")).toBe("true");
    expect(screen.getByRole("main").getAttribute("lang")).toBe("en");

    fireEvent.click(screen.getByRole("button", { name: "Tiếng Việt" }));
    expect(screen.getByRole("button", { name: "Kiểm tra" })).toBeTruthy();
  });

  it("lists the scoring sheets and refreshes after a template is created", async () => {
    const operations = fakeOperations();
    renderPane(operations);
    await screen.findByText(/Chưa có bảng chấm điểm nào/);
    operations.listScoringSheets.mockResolvedValue([sampleSheet]);

    fireEvent.change(screen.getByRole("textbox", { name: /Đơn vị/ }), { target: { value: "Xã An Bình" } });
    fireEvent.click(screen.getByRole("button", { name: "Tạo mẫu chấm điểm" }));

    const picker = (await screen.findByRole("combobox", { name: "Bảng chấm điểm" })) as HTMLSelectElement;
    expect(picker.value).toBe("Chấm điểm");
    expect(operations.listScoringSheets).toHaveBeenCalledTimes(2);
  });

  it("shows a check that found errors as an error, and marks it out of date once the user comes back from the sheet", async () => {
    const operations = fakeOperations([sampleSheet]);
    operations.validate.mockResolvedValue(report([cellFinding()]));
    renderPane(operations);
    await screen.findByRole("combobox", { name: "Bảng chấm điểm" });
    fireEvent.click(screen.getByRole("button", { name: "Kiểm tra" }));
    fireEvent.click(screen.getByRole("button", { name: "Kiểm tra điểm" }));
    const summary = await screen.findByText(/Đã kiểm tra 120 ô điểm: 1 lỗi/);
    expect(summary.closest("[data-intent]")!.getAttribute("data-intent")).toBe("error");
    expect(screen.queryByText(/Kết quả này có thể đã cũ/)).toBeNull();

    // The user goes to the sheet (where they may edit anything) and renames it; coming back to the
    // pane reads the list again.
    const sheet = document.createElement("input");
    document.body.appendChild(sheet);
    screen.getByRole("button", { name: "Kiểm tra điểm" }).focus();
    sheet.focus();
    expect(await screen.findByText(/Kết quả này có thể đã cũ/)).toBeTruthy();
    operations.listScoringSheets.mockResolvedValue([{ ...sampleSheet, scoringSheet: "Chấm điểm 9 tháng" }]);
    screen.getByRole("button", { name: "Kiểm tra điểm" }).focus();
    await waitFor(() =>
      expect((screen.getByRole("combobox", { name: "Bảng chấm điểm" }) as HTMLSelectElement).value).toBe("Chấm điểm 9 tháng"),
    );
  });

  it("keeps what a command did as it is when the user goes to the sheet, but marks the check's findings out of date", async () => {
    const operations = fakeOperations([sampleSheet]);
    operations.validate.mockResolvedValue(report([cellFinding()]));
    renderPane(operations);
    await screen.findByRole("combobox", { name: "Bảng chấm điểm" });
    fireEvent.change(screen.getByRole("textbox", { name: /Đơn vị/ }), { target: { value: "Xã An Bình" } });
    fireEvent.click(screen.getByRole("button", { name: "Tạo mẫu chấm điểm" }));
    const created = await screen.findByText(/Đã tạo trang chấm điểm/);
    fireEvent.click(screen.getByRole("button", { name: "Kiểm tra" }));
    fireEvent.click(screen.getByRole("button", { name: "Kiểm tra điểm" }));
    const findings = await screen.findByText(/Đã kiểm tra 120 ô điểm: 1 lỗi/);

    // The user goes to the sheet to type scores.
    const sheet = document.createElement("input");
    document.body.appendChild(sheet);
    screen.getByRole("button", { name: "Kiểm tra điểm" }).focus();
    sheet.focus();
    await waitFor(() => expect(findings.closest("[data-intent]")!.getAttribute("data-intent")).toBe("stale"));
    expect(screen.getAllByText(/Kết quả này có thể đã cũ/)).toHaveLength(1);
    expect(created.closest("[data-intent]")!.getAttribute("data-intent")).toBe("success");
  });

  it("marks the check's result out of date when another command writes to the workbook", async () => {
    const operations = fakeOperations([sampleSheet]);
    renderPane(operations);
    await screen.findByRole("combobox", { name: "Bảng chấm điểm" });
    fireEvent.click(screen.getByRole("button", { name: "Kiểm tra" }));
    fireEvent.click(screen.getByRole("button", { name: "Kiểm tra điểm" }));
    const clean = await screen.findByText(/Không có vấn đề nào/);
    expect(clean.closest("[data-intent]")!.getAttribute("data-intent")).toBe("success");
    fireEvent.click(screen.getByRole("button", { name: "Tô màu" }));
    fireEvent.click(screen.getByRole("button", { name: "Tô màu theo mục tiêu" }));
    await screen.findByText(/Đã tô màu trang/);
    expect(
      screen
        .getByText(/Không có vấn đề nào/)
        .closest("[data-intent]")!
        .getAttribute("data-intent"),
    ).toBe("stale");
  });
});
