/** Case- and accent-insensitive comparison for words users type ("Không áp dụng", "khong ap dung"). */
export function foldText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * A unit name as it is written on the sheet: one Unicode composition (NFC), non-breaking and repeated
 * spaces as one plain space, nothing around it. Text pasted from Word or a web page differs from
 * typed text in exactly these ways.
 */
export function unitDisplayName(name: string): string {
  return name.normalize("NFC").replace(/\s+/g, " ").trim();
}

/**
 * Unit names compared ignoring case and spacing, but not accents: "Tân Định" and "Tân Đinh" are
 * different wards.
 */
export function unitNameKey(name: string): string {
  return unitDisplayName(name).toLocaleLowerCase("vi");
}
