/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { planToTarget } from "../../src/core/plan-to-target/plan-to-target";
import { readUnitScores } from "../../src/core/scores/unit-scores";
import { buildRubricTable } from "../../src/core/table/rubric-table";
import type { PlanView } from "../../src/excel/operations";
import { PlanPanel } from "../../src/taskpane/components/PlanPanel";
import { SummaryPanel } from "../../src/taskpane/components/SummaryPanel";
import { fakeOperations } from "./fake-operations";
import { renderInPane } from "./render-helpers";

/** A real plan from core: 1.1 lost 1 point, 1.2 not assessed yet (2), survey 2.1 not in yet (4); target 6. */
function planView(unit: string): PlanView {
  const rows = [
    ["1", "area", 5, null],
    ["1.1", "", 3, null],
    ["1.2", "", 2, null],
    ["2", "area", 4, null],
    ["2.1", "survey", 4, null],
  ];
  const table = buildRubricTable(rows);
  const result = planToTarget({
    table,
    current: readUnitScores(table, [null, 2, null, null, null]),
    targetMicro: 6e6,
    responsible: ["", "Văn phòng", "Phòng Nội vụ", "", "Phòng Nội vụ"],
  });
  const names: Record<string, string> = { "1.1": "Kế hoạch CCHC", "1.2": "Kiểm tra CCHC", "2.1": "Sự hài lòng" };
  return {
    unit,
    basis: "self",
    plan: { unit, target: { kind: "points", value: 6 }, column: 7, result, names: result.leaves.map((leaf) => names[leaf.code]) },
    cells: result.leaves.map((leaf) => `'Chấm điểm'!H${5 + leaf.row}`),
    syncs: 1,
  };
}

const units = ["Xã An Bình", "Phường Tân Định"];
// Fluent renders slowly in jsdom when the machine is busy.
jest.setTimeout(30_000);

describe("PlanPanel", () => {
  it("shows the chosen unit's plan and selects a leaf's score cell on a click", async () => {
    const operations = fakeOperations();
    operations.planToTarget.mockImplementation(async (_sheet, request) => planView(request.unit));
    renderInPane(<PlanPanel operations={operations} scoringSheet="Chấm điểm" units={units} />);
    fireEvent.change(screen.getByRole("combobox", { name: "Đơn vị" }), { target: { value: "Phường Tân Định" } });
    fireEvent.click(screen.getByRole("button", { name: "Xem kế hoạch" }));

    expect(await screen.findByText("Mục tiêu 6 điểm · hiện đạt 2 · còn thiếu 4.")).toBeTruthy();
    expect(operations.planToTarget).toHaveBeenCalledWith("Chấm điểm", { unit: "Phường Tân Định" });
    // 2 + 1 = 3 from the unit's own criteria, the survey's 4 closes the gap.
    expect(screen.getByText(/Gỡ lại mọi tiêu chí đơn vị tự làm được \(3 điểm\) vẫn thiếu 1 điểm/)).toBeTruthy();
    const leaves = within(screen.getByRole("list", { name: "Tiêu chí cần gỡ lại điểm" })).getAllByRole("button");
    expect(leaves.map((leaf) => leaf.textContent)).toEqual([
      "1.2 Kiểm tra CCHC+2 điểm (lũy kế 2) · Phòng Nội vụchưa chấm, còn mở đến điểm tối đa",
      "1.1 Kế hoạch CCHC+1 điểm (lũy kế 3) · Văn phòng",
      "2.1 Sự hài lòng+4 điểm (lũy kế 7) · Phòng Nội vụđiều tra XHH: không gỡ trực tiếp; chưa chấm, còn mở đến điểm tối đa",
    ]);
    fireEvent.click(leaves[1]);
    await waitFor(() => expect(operations.selectCell).toHaveBeenCalledWith("'Chấm điểm'!H6"));
    expect(screen.getByText("Phòng Nội vụ: gỡ được 6 điểm, phần của khoảng cách 3")).toBeTruthy();
  });

  it("tries a target typed with a decimal comma, and refuses one that is not a number", async () => {
    const operations = fakeOperations();
    renderInPane(<PlanPanel operations={operations} scoringSheet="Chấm điểm" units={units} basis="self" />);
    fireEvent.change(screen.getByRole("textbox", { name: /Thử mục tiêu khác/ }), { target: { value: "tám mươi" } });
    fireEvent.click(screen.getByRole("button", { name: "Xem kế hoạch" }));
    expect(await screen.findByText("Hãy nhập tổng điểm mục tiêu là một số, ví dụ 88 hoặc 85,5.")).toBeTruthy();
    expect(operations.planToTarget).not.toHaveBeenCalled();

    fireEvent.change(screen.getByRole("textbox", { name: /Thử mục tiêu khác/ }), { target: { value: "85,5" } });
    fireEvent.click(screen.getByRole("button", { name: "Xem kế hoạch" }));
    // The fake answers that the unit already meets it.
    expect(await screen.findByText("Xã An Bình: đã đạt mục tiêu, không cần kế hoạch.")).toBeTruthy();
    expect(operations.planToTarget).toHaveBeenCalledWith("Chấm điểm", {
      unit: "Xã An Bình",
      basis: "self",
      target: { kind: "points", value: 85.5 },
    });
  });

  it("reads in English when the pane is in English", async () => {
    const operations = fakeOperations();
    operations.planToTarget.mockImplementation(async (_sheet, request) => planView(request.unit));
    renderInPane(<PlanPanel operations={operations} scoringSheet="Chấm điểm" units={units} />, "en");
    fireEvent.click(screen.getByRole("button", { name: "Show the plan" }));
    expect(await screen.findByText("Target 6 points · now 2 · gap 4.")).toBeTruthy();
    expect(screen.getByText(/reachable only with survey points as well/)).toBeTruthy();
  });
});

describe("SummaryPanel: plans in the report", () => {
  it("sends the units picked for a plan to target; none picked sends none", async () => {
    const operations = fakeOperations();
    renderInPane(<SummaryPanel operations={operations} scoringSheet="Chấm điểm" units={units} today={new Date(2026, 9, 5)} />);
    fireEvent.click(screen.getByRole("button", { name: "Tạo báo cáo họp" }));
    await waitFor(() => expect(operations.makeSummary).toHaveBeenCalledTimes(1));
    expect(operations.makeSummary.mock.calls[0][1]).not.toHaveProperty("planUnits");

    const picker = screen.getByRole("group", { name: "Kế hoạch đạt mục tiêu trong báo cáo cho" });
    fireEvent.click(within(picker).getByRole("checkbox", { name: "Phường Tân Định" }));
    fireEvent.click(screen.getByRole("button", { name: "Tạo báo cáo họp" }));
    await waitFor(() => expect(operations.makeSummary).toHaveBeenCalledTimes(2));
    expect(operations.makeSummary.mock.calls[1][1]).toMatchObject({ planUnits: ["Phường Tân Định"] });
  });
});
