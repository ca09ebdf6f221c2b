/** Colours of the sheets we make: Office's own palette, readable in print and for colour-blind readers. */
export const SHEET_STYLE = {
  title: "#1F3864",
  header: "#DDEBF7",
  area: "#D9E1F2",
  criterion: "#F2F2F2",
  input: "#FFF9DB",
  summary: "#F2F2F2",
  none: "#FFFFFF",
  scoringTab: "#C00000",
  rubricTab: "#1F3864",
  summaryTab: "#548235",
  points: "0.00#",
  below: { fill: "#FFC7CE", font: "#9C0006" },
  close: { fill: "#FFEB9C", font: "#9C5700" },
  lost: { fill: "#FCE4D6" },
  invalid: { fill: "#C00000", font: "#FFFFFF" },
} as const;
