/** @jest-environment jsdom */
import { screen, waitFor } from "@testing-library/react";
import { FormsSection } from "../../src/taskpane/components/FormsSection";
import type { FormsPanelMount, FormsScript } from "../../src/xlsx/forms-script";
import { fakeOperations, sampleSheet } from "./fake-operations";
import { renderInPane } from "./render-helpers";

/** The pane's placeholder for the forms section: the panel itself comes with the forms script. */
test("mounts the forms script's panel with the pane's operations, sheet and language", async () => {
  const mounts: FormsPanelMount[] = [];
  const script = {
    mountFormsPanel: (element: HTMLElement, props: FormsPanelMount) => {
      element.textContent = `panel ${props.sheet?.scoringSheet} ${props.language}`;
      mounts.push(props);
      return { update: (next: FormsPanelMount) => mounts.push(next), unmount: () => undefined };
    },
  } as unknown as FormsScript;
  const operations = fakeOperations([sampleSheet]);
  renderInPane(<FormsSection operations={operations} sheet={sampleSheet} load={async () => script} />);
  expect(await screen.findByText("panel Chấm điểm vi")).toBeTruthy();
  expect(mounts[0].operations).toBe(operations);
});

test("says so when the forms script cannot be loaded", async () => {
  renderInPane(
    <FormsSection operations={fakeOperations()} sheet={undefined} load={() => Promise.reject(new Error("xlsx.js could not be loaded"))} />,
  );
  await waitFor(() => expect(screen.getByRole("alert").textContent).toContain("xlsx.js could not be loaded"));
});
