/** Every user-facing text exists in both languages; Vietnamese is the users' first language. */
export interface Bilingual {
  vi: string;
  en: string;
}

export type Language = keyof Bilingual;

export function bilingual(vi: string, en: string): Bilingual {
  return { vi, en };
}
