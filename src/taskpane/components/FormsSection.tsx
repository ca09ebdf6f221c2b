import { Text } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import type { ScoringSheetInfo, WorkbookOperations } from "../../excel/operations";
import { loadFormsScript } from "../../xlsx/load-forms-script";
import type { FormsScript } from "../../xlsx/forms-script";
import { useLanguage, useStrings } from "../i18n/language";

/**
 * The forms section's place in the pane. Its panel comes with the forms script (dist/xlsx.js,
 * React, Fluent and ExcelJS of its own), loaded when the section is first opened, so the pane's
 * first render does not carry it.
 */
export function FormsSection(props: {
  operations: WorkbookOperations;
  sheet: ScoringSheetInfo | undefined;
  load?: () => Promise<FormsScript>;
}) {
  const t = useStrings();
  const { language } = useLanguage();
  const host = useRef<HTMLDivElement>(null);
  const mounted = useRef<ReturnType<FormsScript["mountFormsPanel"]> | undefined>(undefined);
  const [failed, setFailed] = useState<string | undefined>();
  const load = props.load ?? loadFormsScript;
  // The section keeps Fluent's light theme (the pane's default); it does not follow a dark Office theme.
  const current = { operations: props.operations, sheet: props.sheet, language, dark: false };
  const latest = useRef(current);
  latest.current = current;

  useEffect(() => {
    let cancelled = false;
    load().then(
      (script) => {
        if (cancelled || !host.current) return;
        mounted.current = script.mountFormsPanel(host.current, latest.current);
      },
      (error: unknown) => !cancelled && setFailed(error instanceof Error ? error.message : String(error)),
    );
    return () => {
      cancelled = true;
      mounted.current?.unmount();
      mounted.current = undefined;
    };
  }, [load]);

  useEffect(() => mounted.current?.update(latest.current), [props.operations, props.sheet, language]);

  return (
    <>
      {failed && <Text role="alert">{t.genericError(failed)}</Text>}
      <div ref={host} />
    </>
  );
}
