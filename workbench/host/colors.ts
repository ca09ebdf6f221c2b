/** Colour normalisation: Excel accepts "#RRGGBB" or HTML colour names and reports "#RRGGBB". */
import { HostErrorCodes, hostError } from "./errors";

const NAMED: Record<string, string> = {
  black: "#000000",
  white: "#FFFFFF",
  red: "#FF0000",
  green: "#008000",
  blue: "#0000FF",
  yellow: "#FFFF00",
  orange: "#FFA500",
  gray: "#808080",
  grey: "#808080",
  lightgray: "#D3D3D3",
  lightgrey: "#D3D3D3",
  darkgray: "#A9A9A9",
  purple: "#800080",
  pink: "#FFC0CB",
  lightgreen: "#90EE90",
  lightblue: "#ADD8E6",
  darkblue: "#00008B",
  darkgreen: "#006400",
  darkred: "#8B0000",
  navy: "#000080",
  teal: "#008080",
  silver: "#C0C0C0",
  maroon: "#800000",
  olive: "#808000",
  lime: "#00FF00",
  aqua: "#00FFFF",
  cyan: "#00FFFF",
  magenta: "#FF00FF",
  fuchsia: "#FF00FF",
  gold: "#FFD700",
  lightyellow: "#FFFFE0",
  brown: "#A52A2A",
};

export function normalizeColor(input: unknown, location: string): string {
  if (typeof input !== "string") throw hostError(HostErrorCodes.invalidArgument, undefined, location);
  const s = input.trim();
  let m = /^#?([0-9a-fA-F]{6})$/.exec(s);
  if (m) return `#${m[1].toUpperCase()}`;
  m = /^#([0-9a-fA-F]{3})$/.exec(s);
  if (m)
    return `#${m[1]
      .split("")
      .map((c) => c + c)
      .join("")
      .toUpperCase()}`;
  const named = NAMED[s.toLowerCase()];
  if (named) return named;
  throw hostError(HostErrorCodes.invalidArgument, undefined, location);
}
