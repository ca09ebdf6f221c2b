/** @jest-environment jsdom */
import { act, fireEvent, screen } from "@testing-library/react";
import { postRibbonNotice } from "../../src/commands/ribbon-notice";
import { bilingual } from "../../src/core/bilingual";
import { fakeOperations } from "./fake-operations";
import { renderPane } from "./render-helpers";

describe("a ribbon command that could not do its job", () => {
  it("leaves its reason for the pane, shown in the user's language and dismissible", async () => {
    postRibbonNotice(bilingual("Chưa có trang chấm điểm nào để lập báo cáo họp.", "There is no scoring sheet to summarize yet."));
    renderPane(fakeOperations());
    expect(await screen.findByText("Chưa có trang chấm điểm nào để lập báo cáo họp.")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "English" }));
    expect(screen.getByText("There is no scoring sheet to summarize yet.")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "OK" }));
    expect(screen.queryByText("There is no scoring sheet to summarize yet.")).toBeNull();
  });

  it("reaches a pane that is already open", async () => {
    renderPane(fakeOperations());
    await screen.findByRole("main");
    act(() => postRibbonNotice(bilingual("Excel không cho ghi vào trang tính.", "Excel refused to write.")));
    expect(await screen.findByText("Excel không cho ghi vào trang tính.")).toBeTruthy();
  });
});
