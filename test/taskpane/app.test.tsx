/** @jest-environment jsdom */
import { fireEvent, screen } from "@testing-library/react";
import { fakeOperations, sampleSheet } from "./fake-operations";
import { renderPane } from "./render-helpers";

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
});
