import { createContext, useContext, useMemo, useState, type ReactNode } from "react";
import type { Bilingual, Language } from "../../core/bilingual";
import { strings, type Strings } from "./strings";

interface LanguageState {
  language: Language;
  setLanguage: (language: Language) => void;
}

const LanguageContext = createContext<LanguageState | undefined>(undefined);

export function LanguageProvider(props: { initialLanguage: Language; children: ReactNode }) {
  const [language, setLanguage] = useState<Language>(props.initialLanguage);
  const value = useMemo(() => ({ language, setLanguage }), [language]);
  return <LanguageContext.Provider value={value}>{props.children}</LanguageContext.Provider>;
}

export function useLanguage(): LanguageState {
  const state = useContext(LanguageContext);
  if (!state) throw new Error("useLanguage needs a LanguageProvider above it");
  return state;
}

export function useStrings(): Strings {
  return strings[useLanguage().language];
}

/** Picks the reader's half of a bilingual text (messages from core and from the workbook). */
export function useBilingual(): (text: Bilingual) => string {
  const { language } = useLanguage();
  return (text) => text[language] || text.vi;
}
