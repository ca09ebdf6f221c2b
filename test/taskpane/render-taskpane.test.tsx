/** @jest-environment jsdom */
import { act, screen, waitFor } from "@testing-library/react";
import axe from "axe-core";
import { renderTaskpane } from "../../src/taskpane/render";
import { fakeOperations, sampleSheet } from "./fake-operations";

describe("renderTaskpane", () => {
  it("renders the pane with any operations object and a forced language", async () => {
    const container = document.createElement("div");
    document.body.appendChild(container);
    const operations = fakeOperations([sampleSheet]);
    let pane: ReturnType<typeof renderTaskpane> | undefined;
    act(() => {
      pane = renderTaskpane(container, operations, { language: "en", theme: "dark" });
    });

    const picker = (await screen.findByRole("combobox", { name: "Scoring sheet" })) as HTMLSelectElement;
    expect(picker.value).toBe("Chấm điểm");
    expect(screen.getByRole("option", { name: "Chấm điểm — Commune rubric 2026" })).toBeTruthy();
    expect(operations.listScoringSheets).toHaveBeenCalled();

    act(() => pane?.setTheme("light"));
    expect(screen.getByRole("button", { name: "Create scoring template" })).toBeTruthy();
    act(() => pane?.unmount());
    expect(container.innerHTML).toBe("");
    container.remove();
  });

  it("has no accessibility violations axe can find without layout", async () => {
    const container = document.createElement("div");
    document.body.appendChild(container);
    act(() => {
      renderTaskpane(container, fakeOperations([sampleSheet]), { language: "vi" });
    });
    await waitFor(() => expect(screen.getByRole("combobox", { name: "Bảng chấm điểm" })).toBeTruthy());
    const results = await axe.run(container, { rules: { "color-contrast": { enabled: false }, region: { enabled: false } } });
    expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((n) => n.html).join(" | ")}`)).toEqual([]);
    container.remove();
  }, 60_000);
});
