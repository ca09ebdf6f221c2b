/**
 * A unit's name made safe as a file name on Windows, macOS and Linux: characters no file system
 * takes become "_", Vietnamese letters stay (in NFC, as Windows and macOS show them), and two units
 * whose names end up alike get " (2)", " (3)"... so no form overwrites another.
 */
const FORBIDDEN = /[<>:"/\\|?*]/g;
const RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])$/i;

export function safeFileStem(name: string): string {
  let stem = [...name.normalize("NFC")]
    .map((ch) => (ch.charCodeAt(0) < 32 ? "_" : ch))
    .join("")
    .replace(FORBIDDEN, "_")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^[.\s]+|[.\s]+$/g, "");
  if (stem === "") stem = "don-vi";
  if (RESERVED.test(stem)) stem = `${stem}_`;
  return stem.length > 100 ? stem.slice(0, 100).trim() : stem;
}

/** One file name per unit, in order, unique ignoring case. */
export function formFileNames(units: readonly string[], extension = ".xlsx"): string[] {
  const used = new Set<string>();
  return units.map((unit) => {
    const stem = safeFileStem(unit);
    let name = `${stem}${extension}`;
    for (let n = 2; used.has(name.toLocaleLowerCase("vi")); n++) name = `${stem} (${n})${extension}`;
    used.add(name.toLocaleLowerCase("vi"));
    return name;
  });
}
