/** The sheet tabs: one per visible sheet, coloured like its tab, with a lock on protected sheets. */
import { useEffect, useRef } from "react";
import { type SheetModel } from "../host";
import type { WorkbenchStrings } from "./strings";

export function SheetTabs(props: {
  sheets: SheetModel[];
  activeId: string | undefined;
  strings: WorkbenchStrings;
  onActivate: (sheet: SheetModel) => void;
}) {
  const { sheets, activeId, strings: t } = props;
  const tabsRef = useRef<HTMLElement>(null);
  useEffect(() => {
    tabsRef.current?.querySelector<HTMLElement>(".wb-tab-active")?.scrollIntoView({ block: "nearest", inline: "nearest" });
  }, [activeId, sheets.length]);
  return (
    <nav className="wb-tabs" aria-label={t.sheetTabs} ref={tabsRef}>
      <div role="tablist" aria-label={t.sheetTabs}>
        {sheets.map((s) => (
          <button
            key={s.id}
            type="button"
            role="tab"
            aria-selected={s.id === activeId}
            className={`wb-tab${s.id === activeId ? " wb-tab-active" : ""}`}
            style={s.tabColor ? { borderBottomColor: s.tabColor } : undefined}
            onClick={() => props.onActivate(s)}
            data-sheet={s.name}
          >
            {s.protection.protected && (
              <svg className="wb-lock" viewBox="0 0 10 12" width="9" height="11" role="img" aria-label={t.protectedSheet}>
                <title>{t.protectedSheet}</title>
                <path d="M2.5 5V3.5a2.5 2.5 0 0 1 5 0V5" fill="none" stroke="currentColor" strokeWidth="1.3" />
                <rect x="1" y="5" width="8" height="6.5" rx="1" fill="currentColor" />
              </svg>
            )}
            {s.name}
          </button>
        ))}
      </div>
    </nav>
  );
}
