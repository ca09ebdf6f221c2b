import { tokens } from "@fluentui/react-components";

/**
 * A full-width, left-aligned button that reads as a list row and selects a cell on the sheet: the
 * look shared by the validation findings and the plan's leaves. Each list adds its own layout.
 */
export const cellButtonStyle = {
  width: "100%",
  textAlign: "start",
  padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
  border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  borderRadius: tokens.borderRadiusMedium,
  backgroundColor: tokens.colorNeutralBackground1,
  color: tokens.colorNeutralForeground1,
  fontFamily: tokens.fontFamilyBase,
  fontSize: tokens.fontSizeBase300,
  lineHeight: tokens.lineHeightBase300,
  cursor: "pointer",
  overflowWrap: "anywhere",
  ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
  ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: "1px" },
} as const;
