import type { Language } from "../core/bilingual";

export type ThemeName = "light" | "dark";

/** Vietnamese Office gets the Vietnamese pane; every other display language gets English. */
export function languageFromDisplayLanguage(displayLanguage: string | undefined): Language {
  return displayLanguage?.toLowerCase().startsWith("vi") ? "vi" : "en";
}

/** Office reports its theme as colours; a dark body background means the dark theme. */
export function themeFromBackground(bodyBackgroundColor: string | undefined): ThemeName {
  const match = /^#?([0-9a-f]{6})$/i.exec(bodyBackgroundColor?.trim() ?? "");
  if (!match) return "light";
  const value = parseInt(match[1], 16);
  const [r, g, b] = [(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff];
  const luminance = (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
  return luminance < 0.5 ? "dark" : "light";
}
