import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  type AccordionPanelProps,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useState, type FocusEvent, type ReactNode } from "react";
import type { ScoringSheetInfo, TemplateResult, WorkbookOperations } from "../../excel/operations";
import { useLanguage, useStrings } from "../i18n/language";
import { useOperation } from "../operation/use-operation";
import { createWorkbookEpoch, WorkbookEpochProvider } from "../operation/workbook-epoch";
import { Header } from "./Header";
import { FormsPanel } from "./FormsPanel";
import { HighlightPanel } from "./HighlightPanel";
import { OperationStatus } from "./OperationStatus";
import { PastePanel } from "./PastePanel";
import { RibbonNoticeBar } from "./RibbonNoticeBar";
import { ScoringSheetPicker } from "./ScoringSheetPicker";
import { SummaryPanel } from "./SummaryPanel";
import { TemplateForm } from "./TemplateForm";
import { ValidatePanel } from "./ValidatePanel";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    boxSizing: "border-box",
    width: "100%",
    minWidth: 0,
    overflowX: "hidden",
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    minHeight: "100vh",
  },
  panel: { paddingBottom: tokens.spacingVerticalM },
});

/** Fluent's way to override a motion slot's props: render the motion component ourselves. */
const keepMounted: AccordionPanelProps["collapseMotion"] = {
  children: (Motion, motionProps) => <Motion {...motionProps} unmountOnExit={false} />,
};

type Section = "template" | "paste" | "validate" | "highlight" | "summary" | "forms";

export interface AppProps {
  operations: WorkbookOperations;
  /** The day the meeting report's default period comes from (tests fix it). */
  today?: Date;
}

export function App(props: AppProps) {
  const epoch = useMemo(createWorkbookEpoch, []);
  return (
    <WorkbookEpochProvider store={epoch}>
      <AppContent {...props} onReturn={epoch.bump} />
    </WorkbookEpochProvider>
  );
}

function AppContent(props: AppProps & { onReturn: () => void }) {
  const styles = useStyles();
  const t = useStrings();
  const { language } = useLanguage();
  const { operations } = props;
  const [sheets, setSheets] = useState<ScoringSheetInfo[] | undefined>();
  const [selected, setSelected] = useState<string | undefined>();
  const [openItems, setOpenItems] = useState<Section[]>(["template"]);
  const formsOpened = useOnceTrue(openItems.includes("forms"));
  const listing = useOperation<ScoringSheetInfo[]>();
  const { run: runListing } = listing;

  const refresh = useCallback(
    async (prefer?: string) => {
      const outcome = await runListing(() => operations.listScoringSheets());
      if (!outcome.ok) {
        setSheets((current) => current ?? []);
        return;
      }
      const found = outcome.value;
      setSheets(found);
      setSelected((current) => {
        const names = found.map((sheet) => sheet.scoringSheet);
        if (prefer && names.includes(prefer)) return prefer;
        if (current && names.includes(current)) return current;
        return names[0];
      });
    },
    [operations, runListing],
  );

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const onTemplateCreated = useCallback((result: TemplateResult) => void refresh(result.scoringSheet), [refresh]);

  // Leaving the pane for the sheet: the user may edit scores there, so results shown so far are
  // marked as possibly old (while the user is away, so the pane's layout never moves under the
  // click that brings them back). Coming back reads the sheet list again (one round trip), so a
  // renamed scoring sheet is found under its new name.
  const { onReturn: onLeave } = props;
  const onBlur = useCallback(
    (event: FocusEvent<HTMLElement>) => {
      const root = event.currentTarget;
      if (event.relatedTarget instanceof Node && root.contains(event.relatedTarget)) return;
      // A button disabled while its command runs loses focus too; only a real departure counts.
      setTimeout(() => {
        const active = document.activeElement;
        if (!document.hasFocus() || (active !== null && active !== document.body && !root.contains(active))) onLeave();
      }, 0);
    },
    [onLeave],
  );
  const onFocus = useCallback(
    (event: FocusEvent<HTMLElement>) => {
      if (event.relatedTarget instanceof Node && event.currentTarget.contains(event.relatedTarget)) return;
      void refresh();
    },
    [refresh],
  );

  const selectedInfo = sheets?.find((sheet) => sheet.scoringSheet === selected);

  const section = (value: Section, content: ReactNode) => (
    <AccordionItem value={value}>
      <AccordionHeader as="h2" expandIconPosition="end">
        {t.sections[value]}
      </AccordionHeader>
      {/*
        Panels stay mounted while closed, so a half-filled form survives collapsing it; `hidden`
        keeps a closed panel out of the tab order and the accessibility tree.
      */}
      <AccordionPanel className={styles.panel} collapseMotion={keepMounted}>
        <div hidden={!openItems.includes(value)}>{content}</div>
      </AccordionPanel>
    </AccordionItem>
  );

  return (
    <main className={styles.root} lang={language} onFocus={onFocus} onBlur={onBlur}>
      <Header />
      <RibbonNoticeBar />
      <ScoringSheetPicker sheets={sheets} selected={selected} onSelect={setSelected} onRefresh={() => void refresh()} busy={listing.busy} />
      {/* Only a failure to list is worth a message; the picker itself says it is loading. */}
      <OperationStatus state={listing.state.status === "failed" ? listing.state : { status: "idle" }} />
      <Accordion multiple collapsible openItems={openItems} onToggle={(_, data) => setOpenItems(data.openItems as Section[])}>
        {section("template", <TemplateForm operations={operations} onTemplateCreated={onTemplateCreated} />)}
        {section(
          "paste",
          <PastePanel operations={operations} scoringSheet={selected} units={selectedInfo?.units} columns={selectedInfo?.columns} />,
        )}
        {section("validate", <ValidatePanel operations={operations} scoringSheet={selected} />)}
        {section("highlight", <HighlightPanel operations={operations} scoringSheet={selected} />)}
        {section(
          "summary",
          <SummaryPanel
            operations={operations}
            scoringSheet={selected}
            columns={selectedInfo?.columns}
            units={selectedInfo?.units}
            today={props.today}
          />,
        )}
        {/* Rendered when first opened: its rubric fields would otherwise double the template's, hidden. */}
        {section("forms", formsOpened ? <FormsPanel operations={operations} sheet={selectedInfo} /> : null)}
      </Accordion>
    </main>
  );
}

/** True from the first render where `value` is true on: a section once opened stays mounted. */
function useOnceTrue(value: boolean): boolean {
  const [seen, setSeen] = useState(value);
  if (value && !seen) setSeen(true);
  return seen || value;
}
