/** @jest-environment jsdom */
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { WorkbookOperationError } from "../../src/excel/operations";
import { HighlightPanel } from "../../src/taskpane/components/HighlightPanel";
import { SummaryPanel } from "../../src/taskpane/components/SummaryPanel";
import { fakeOperations } from "./fake-operations";
import { renderInPane } from "./render-helpers";

describe("SummaryPanel", () => {
  const today = new Date(2026, 10, 22);

  it("names the line of a previous rank it cannot read, and sends nothing", async () => {
    const operations = fakeOperations();
    renderInPane(<SummaryPanel operations={operations} scoringSheet="Chấm điểm" today={today} />);
    fireEvent.change(screen.getByRole("textbox", { name: /Thứ hạng kỳ trước/ }), {
      target: { value: "Xã An Bình; 3\nPhường Tân Định 5\nXã Hòa Lợi; ba" },
    });
    fireEvent.click(screen.getByRole("button", { name: "Tạo báo cáo họp" }));

    expect(await screen.findByText('Dòng 2: thiếu dấu ";" giữa tên đơn vị và hạng.')).toBeTruthy();
    expect(screen.getByText('Dòng 3: hạng "ba" phải là số nguyên dương.')).toBeTruthy();
    expect(operations.makeSummary).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole("button", { name: "English" }));
    expect(screen.getByText('Line 2: a ";" is missing between the unit name and the rank.')).toBeTruthy();
  });

  it("suggests the period in the pane's language, and keeps a period the user typed across a switch", async () => {
    renderInPane(<SummaryPanel operations={fakeOperations()} scoringSheet="Chấm điểm" today={today} />);
    const period = () => screen.getByRole("textbox", { name: /Kỳ báo cáo|Reporting period/ }) as HTMLInputElement;
    expect(period().value).toBe("Quý IV/2026");
    fireEvent.click(screen.getByRole("button", { name: "English" }));
    expect(period().value).toBe("Q4 2026");
    fireEvent.change(period(), { target: { value: "9 months 2026" } });
    fireEvent.click(screen.getByRole("button", { name: "Tiếng Việt" }));
    expect(period().value).toBe("9 months 2026");
  });

  it("sends the period, the number of lost leaves and the ranks, then names the new sheet", async () => {
    const operations = fakeOperations();
    renderInPane(<SummaryPanel operations={operations} scoringSheet="Chấm điểm" today={today} />);
    expect((screen.getByRole("textbox", { name: "Kỳ báo cáo" }) as HTMLInputElement).value).toBe("Quý IV/2026");
    fireEvent.change(screen.getByRole("spinbutton", { name: /Số tiêu chí mất điểm/ }), { target: { value: "5" } });
    fireEvent.change(screen.getByRole("textbox", { name: /Thứ hạng kỳ trước/ }), {
      target: { value: "Xã An Bình; 3\n\nPhường Tân Định\t1" },
    });
    fireEvent.click(screen.getByRole("button", { name: "Tạo báo cáo họp" }));

    expect(
      await screen.findByText('Đã tạo trang báo cáo "Báo cáo Quý IV-2026" từ cột tự đánh giá (loại điểm mới nhất đã có điểm).'),
    ).toBeTruthy();
    expect(operations.makeSummary).toHaveBeenCalledWith(
      "Chấm điểm",
      { period: "Quý IV/2026", topLost: 5, previousRanks: { "Xã An Bình": 3, "Phường Tân Định": 1 }, language: "vi" },
      expect.any(Function),
    );
  });

  it("lets the user choose the scores the report uses, and shows the report's warnings as a warning, not a success", async () => {
    const operations = fakeOperations();
    operations.makeSummary.mockResolvedValue({
      sheetName: "Họp 05.10 Quý III-2026",
      basis: "appraised",
      basisChosen: "user",
      syncs: 2,
      notices: [{ kind: "basisEmpty", basis: "appraised", withEntries: ["self"] }],
    });
    renderInPane(<SummaryPanel operations={operations} scoringSheet="Chấm điểm" columns={["self", "appraised"]} today={today} />);
    const basis = screen.getByRole("combobox", { name: "Điểm dùng cho báo cáo" }) as HTMLSelectElement;
    expect([...basis.options].map((option) => option.text)).toEqual([
      "Tự động (loại mới nhất có điểm)",
      "Điểm tự đánh giá",
      "Điểm thẩm định",
    ]);
    fireEvent.change(basis, { target: { value: "appraised" } });
    fireEvent.click(screen.getByRole("button", { name: "Tạo báo cáo họp" }));
    const warning = await screen.findByText(/Cột Thẩm định chưa có điểm nào/);
    expect(operations.makeSummary.mock.calls[0][1]).toMatchObject({ basis: "appraised" });
    expect(screen.getByText('Đã tạo trang báo cáo "Họp 05.10 Quý III-2026" từ cột thẩm định.')).toBeTruthy();
    // A warning bar (amber, warning icon), not a green success.
    expect(warning.closest("[data-intent]")!.getAttribute("data-intent")).toBe("warning");
  });

  it("refuses a number of lost leaves outside 1 to 50", async () => {
    const operations = fakeOperations();
    renderInPane(<SummaryPanel operations={operations} scoringSheet="Chấm điểm" today={today} />);
    fireEvent.change(screen.getByRole("spinbutton", { name: /Số tiêu chí mất điểm/ }), { target: { value: "51" } });
    fireEvent.click(screen.getByRole("button", { name: "Tạo báo cáo họp" }));
    expect(await screen.findByText("Hãy nhập một số nguyên từ 1 đến 50.")).toBeTruthy();
    expect(operations.makeSummary).not.toHaveBeenCalled();
  });
});

describe("HighlightPanel", () => {
  it("reports the rules added and replaced", async () => {
    const operations = fakeOperations();
    renderInPane(<HighlightPanel operations={operations} scoringSheet="Chấm điểm" />);
    fireEvent.click(screen.getByRole("button", { name: "Tô màu theo mục tiêu" }));
    expect(await screen.findByText('Đã tô màu trang "Chấm điểm": thêm 4 quy tắc, thay 2 quy tắc cũ.')).toBeTruthy();
    expect(operations.highlight).toHaveBeenCalledWith("Chấm điểm");
  });

  it("shows a failure in English when the pane is in English", async () => {
    const operations = fakeOperations();
    operations.highlight.mockRejectedValue(
      new WorkbookOperationError({ vi: "Không tìm thấy trang chấm điểm.", en: "The scoring sheet was not found. Refresh the list." }),
    );
    renderInPane(<HighlightPanel operations={operations} scoringSheet="Chấm điểm" />, "en");
    fireEvent.click(screen.getByRole("button", { name: "Highlight against targets" }));
    expect(await screen.findByText("The scoring sheet was not found. Refresh the list.")).toBeTruthy();
    await waitFor(() =>
      expect((screen.getByRole("button", { name: "Highlight against targets" }) as HTMLButtonElement).disabled).toBe(false),
    );
  });
});

describe("PastePanel (issue 10, item 8)", () => {
  it("sends the copied column for the chosen unit and column, and says what was written", async () => {
    const { PastePanel } = await import("../../src/taskpane/components/PastePanel");
    const operations = fakeOperations();
    renderInPane(
      <PastePanel
        operations={operations}
        scoringSheet="Chấm điểm"
        units={["Xã An Bình", "Phường Tân Định"]}
        columns={["self", "appraised"]}
      />,
    );
    fireEvent.change(screen.getByRole("combobox", { name: "Đơn vị" }), { target: { value: "Phường Tân Định" } });
    fireEvent.change(screen.getByRole("combobox", { name: "Cột điểm" }), { target: { value: "appraised" } });
    fireEvent.change(screen.getByRole("textbox", { name: /Điểm đã sao chép/ }), { target: { value: "1\n0,5\n\n" } });
    fireEvent.click(screen.getByRole("button", { name: "Ghi điểm vào các ô tiêu chí" }));
    expect(await screen.findByText("Đã ghi 3 điểm (thay 1 điểm đã có).")).toBeTruthy();
    expect(operations.pasteScores).toHaveBeenCalledWith("Chấm điểm", { unit: "Phường Tân Định", kind: "appraised", text: "1\n0,5\n\n" });
  });
});
