/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor } from "@testing-library/react";
import { WorkbookOperationError, type ProgressListener, type TemplateResult } from "../../src/excel/operations";
import { TemplateForm } from "../../src/taskpane/components/TemplateForm";
import { bundledRubricFiles } from "../../src/rubrics";
import { fakeOperations, sampleTemplateResult } from "./fake-operations";
import { renderInPane } from "./render-helpers";

const submitButton = () => screen.getByRole("button", { name: "Tạo mẫu chấm điểm" });
const unitsBox = () => screen.getByRole("textbox", { name: /Đơn vị/ });
/** The pane loads the bundled rubrics as a chunk of their own: the first one is chosen once they arrive. */
const bundledRubricsLoaded = () => screen.findByRole("combobox", { name: "Nhóm đơn vị (thang xếp loại)" });

function setUnits(text: string) {
  fireEvent.change(unitsBox(), { target: { value: text } });
}

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe("TemplateForm", () => {
  it("says what is missing instead of creating a template", async () => {
    const operations = fakeOperations();
    renderInPane(<TemplateForm operations={operations} />);
    await bundledRubricsLoaded();

    fireEvent.click(submitButton());
    expect(await screen.findByText("Hãy nhập ít nhất một đơn vị.")).toBeTruthy();
    expect(screen.getByText("Chưa tạo được mẫu: hãy sửa các mục được đánh dấu ở trên.")).toBeTruthy();

    setUnits("Xã An Bình\nPhường Tân Định\n  xã an  bình ");
    expect(screen.getByText('Đơn vị "xã an bình" bị trùng (dòng 1 và dòng 3).')).toBeTruthy();

    setUnits("Xã An Bình");
    fireEvent.click(screen.getByRole("checkbox", { name: "Điểm tự đánh giá" }));
    fireEvent.click(screen.getByRole("checkbox", { name: "Điểm thẩm định" }));
    fireEvent.click(submitButton());
    expect(await screen.findByText("Hãy chọn ít nhất một cột điểm.")).toBeTruthy();
    expect(screen.queryByText("Hãy nhập ít nhất một đơn vị.")).toBeNull();

    fireEvent.change(screen.getByRole("combobox", { name: "Loại mục tiêu" }), { target: { value: "points" } });
    fireEvent.change(screen.getByRole("textbox", { name: /Tổng điểm mục tiêu/ }), { target: { value: "120" } });
    fireEvent.click(submitButton());
    expect(await screen.findByText("Hãy nhập số điểm từ 0 đến 100, ví dụ 85.")).toBeTruthy();

    expect(operations.createOrUpdateTemplate).not.toHaveBeenCalled();
  });

  it("sends the rubric, units, columns, unit group and target, shows progress, then the result", async () => {
    const operations = fakeOperations();
    const pending = deferred<TemplateResult>();
    let report: ProgressListener | undefined;
    operations.createOrUpdateTemplate.mockImplementation((_request, progress) => {
      report = progress;
      return pending.promise;
    });
    const created = jest.fn();
    renderInPane(<TemplateForm operations={operations} onTemplateCreated={created} />);
    await bundledRubricsLoaded();

    fireEvent.change(screen.getByRole("combobox", { name: "Bộ tiêu chí" }), { target: { value: "commune-2025" } });
    setUnits("Xã An Bình\n\n  Phường   Tân Định \t12\n");
    fireEvent.click(screen.getByRole("checkbox", { name: "Điểm dự kiến" }));
    const unitGroup = screen.getByRole("combobox", { name: "Nhóm đơn vị (thang xếp loại)" }) as HTMLSelectElement;
    expect(unitGroup.value).toBe("commune");
    fireEvent.change(unitGroup, { target: { value: "default" } });
    fireEvent.change(screen.getByRole("combobox", { name: "Loại mục tiêu" }), { target: { value: "grade" } });
    fireEvent.change(screen.getByRole("combobox", { name: "Xếp loại mục tiêu" }), { target: { value: "Tốt" } });
    fireEvent.click(submitButton());

    await waitFor(() => expect(operations.createOrUpdateTemplate).toHaveBeenCalledTimes(1));
    const [request, progress] = operations.createOrUpdateTemplate.mock.calls[0];
    expect(request.rubric.id).toBe("commune-2025");
    expect(request.units).toEqual(["Xã An Bình", "Phường Tân Định"]);
    expect(request.columns).toEqual(["self", "appraised", "projected"]);
    expect(request.unitGroup).toBe("default");
    expect(request.target).toEqual({ kind: "grade", value: "Tốt" });
    // The sheets' labels follow the pane's language (issue 10, item 7).
    expect(request.language).toBe("vi");
    expect(typeof progress).toBe("function");

    act(() => report?.({ fraction: 0.4, step: { vi: "Đang ghi trang chấm điểm…", en: "Writing the scoring sheet…" } }));
    expect(screen.getByText("Đang ghi trang chấm điểm…")).toBeTruthy();
    expect(screen.getByRole("progressbar")).toBeTruthy();
    expect((submitButton() as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(submitButton());
    expect(operations.createOrUpdateTemplate).toHaveBeenCalledTimes(1);

    await act(async () =>
      pending.resolve({
        ...sampleTemplateResult,
        updated: false,
        carriedFrom: "Chấm điểm 2025",
        keptScores: 57,
        orphaned: [
          { code: "3.3.3", unit: "Xã An Bình", column: "self", value: 1, reason: "codeRemoved" },
          { code: "3.3.3", unit: "Phường Tân Định", column: "self", value: 0.5, reason: "codeRemoved" },
          { code: "7.2.1", unit: "Xã An Bình", column: "appraised", value: 2, reason: "notValidUnderNewRubric" },
        ],
        orphanSheet: "Điểm cũ",
      }),
    );

    expect(
      screen.getByText(
        'Đã tạo trang chấm điểm "Chấm điểm" và trang bộ tiêu chí "Bộ tiêu chí"; chuyển 57 điểm đã nhập từ trang "Chấm điểm 2025" (trang cũ giữ nguyên).',
      ),
    ).toBeTruthy();
    expect(
      screen.getByText(
        '3 điểm không có chỗ trong mẫu mới (mã đã bỏ, đơn vị hoặc cột không còn, hay không hợp lệ theo thang điểm mới) đã được chép sang trang "Điểm cũ" kèm lý do, không bị xóa: 3.3.3, 7.2.1.',
      ),
    ).toBeTruthy();
    expect(screen.queryByRole("progressbar")).toBeNull();
    expect(created).toHaveBeenCalledWith(expect.objectContaining({ keptScores: 57 }));
  });

  it("shows a workbook failure in Vietnamese and lets the user try again", async () => {
    const operations = fakeOperations();
    operations.createOrUpdateTemplate.mockRejectedValueOnce(
      new WorkbookOperationError({
        vi: "Trang tính đang được bảo vệ. Hãy bỏ bảo vệ trang rồi thử lại.",
        en: "The sheet is protected. Unprotect it and try again.",
      }),
    );
    renderInPane(<TemplateForm operations={operations} />);
    await bundledRubricsLoaded();
    setUnits("Xã An Bình");
    fireEvent.click(submitButton());

    expect(await screen.findByText("Trang tính đang được bảo vệ. Hãy bỏ bảo vệ trang rồi thử lại.")).toBeTruthy();
    expect(screen.getByText("Không thực hiện được")).toBeTruthy();
    expect((submitButton() as HTMLButtonElement).disabled).toBe(false);

    operations.createOrUpdateTemplate.mockRejectedValueOnce(new Error("RichApi.Error: GeneralException"));
    fireEvent.click(submitButton());
    expect(
      await screen.findByText("Không thực hiện được: RichApi.Error: GeneralException. Hãy thử lại; nếu vẫn lỗi, lưu tệp và mở lại Excel."),
    ).toBeTruthy();

    fireEvent.click(submitButton());
    expect(await screen.findByText(/Đã tạo trang chấm điểm "Chấm điểm"/)).toBeTruthy();
    expect(operations.createOrUpdateTemplate).toHaveBeenCalledTimes(3);
  });

  it("lists what is wrong in an imported rubric file, naming code and field", async () => {
    const operations = fakeOperations();
    renderInPane(<TemplateForm operations={operations} />);
    await bundledRubricsLoaded();
    fireEvent.click(screen.getByRole("radio", { name: "Nhập tệp JSON" }));

    const broken = JSON.parse(JSON.stringify(bundledRubricFiles[1])) as { year: unknown; criteria: { max: unknown }[] };
    broken.year = "năm 2025";
    broken.criteria[0].max = "ba";
    const file = new File([JSON.stringify(broken)], "bo-tieu-chi.json", { type: "application/json" });
    fireEvent.change(screen.getByLabelText("Tệp bộ tiêu chí (.json)"), { target: { files: [file] } });

    expect(await screen.findByText(/Tệp "bo-tieu-chi.json" có 2 lỗi/)).toBeTruthy();
    const items = screen.getAllByRole("listitem").map((item) => item.textContent ?? "");
    expect(items).toHaveLength(2);
    // Where each problem is, in words; no internal codes such as "rubric.shape".
    expect(items.some((text) => text.includes("Vị trí trong tệp: year"))).toBe(true);
    expect(items.some((text) => text.includes("criteria[0].max") && text.includes("Tiêu chí 1"))).toBe(true);
    expect(items.some((text) => text.includes("rubric."))).toBe(false);

    setUnits("Xã An Bình");
    fireEvent.click(submitButton());
    expect(await screen.findByText("Hãy chọn hoặc nạp một bộ tiêu chí.")).toBeTruthy();
    expect(operations.createOrUpdateTemplate).not.toHaveBeenCalled();

    fireEvent.change(screen.getByLabelText("Tệp bộ tiêu chí (.json)"), {
      target: { files: [new File(['{\n  "id": "x",\n  not json'], "hong.json")] },
    });
    const notJson = await screen.findByText(/Tệp không phải JSON hợp lệ/);
    // The line to look at, and no parser English ("Unexpected token…") in the Vietnamese message.
    expect(notJson.textContent).toMatch(/dòng 3, cột 3/);
    expect(notJson.textContent).not.toMatch(/Unexpected|JSON at|position|xuất/i);
    expect(screen.queryByText(/tiện ích xuất ra/)).toBeNull();
  });

  it("reads a rubric and units from the selection", async () => {
    const operations = fakeOperations();
    operations.readSelection.mockResolvedValueOnce({
      address: "Sheet1!A1:D4",
      values: [
        ["Mã", "Loại", "Điểm tối đa", "Tên"],
        ["1", "lĩnh vực", 3, "Chỉ đạo, điều hành"],
        ["1.1", "tiêu chí", "1,5", "Kế hoạch CCHC"],
        ["1.2", "tiêu chí", "hai", "Báo cáo CCHC"],
      ],
    });
    renderInPane(<TemplateForm operations={operations} />);
    await bundledRubricsLoaded();
    fireEvent.click(screen.getByRole("radio", { name: "Từ vùng đang chọn trên trang tính" }));
    fireEvent.click(screen.getByRole("button", { name: "Đọc bộ tiêu chí từ vùng đang chọn" }));
    expect(await screen.findByText(/Vùng Sheet1!A1:D4 có 1 lỗi/)).toBeTruthy();
    expect(screen.getByText(/Tiêu chí 1.2: điểm tối đa phải là một số \(đang là "hai"\)/)).toBeTruthy();

    operations.readSelection.mockResolvedValueOnce({
      address: "Sheet1!B2:B4",
      values: [
        ["Xã An Bình", 1],
        [null, 2],
        ["Phường Tân Định", 3],
      ],
    });
    fireEvent.click(screen.getByRole("button", { name: "Lấy từ vùng đang chọn" }));
    await waitFor(() => expect((unitsBox() as HTMLTextAreaElement).value).toBe("Xã An Bình\nPhường Tân Định"));
  });
});
