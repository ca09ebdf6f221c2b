import { Button, Checkbox, Field, Input, makeStyles, Radio, RadioGroup, Text, tokens } from "@fluentui/react-components";
import { useCallback, useState } from "react";
import type { CollectedForm } from "../../core/forms/collect-form";
import { formatNumber } from "../../core/number-text";
import type { Rubric } from "../../core/rubric/schema";
import type { CollectResult, ScoringSheetInfo, WorkbookOperations } from "../../excel/operations";
import { loadBundledRubrics } from "../form/load-bundled-rubrics";
import { readUnits } from "../form/units";
import { downloadFile, readFileBytes, toBase64, XLSX_TYPE, ZIP_TYPE } from "../forms/download";
import { loadFormsEngine, type FormsEngine } from "../../xlsx/load-forms-script";
import { useFormsStrings } from "../i18n/forms-strings";
import { useLanguage } from "../i18n/language";
import { useOperation } from "../operation/use-operation";
import { OperationStatus } from "./OperationStatus";
import { RubricSourcePicker } from "./RubricSourcePicker";
import { FormsFileReport } from "./FormsFileReport";
import { UnitsField } from "./UnitsField";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  part: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  // The browser's fieldset, drawn like the pane's other boxes and never wider than the pane.
  differences: {
    margin: 0,
    minWidth: 0,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: tokens.spacingVerticalXS,
  },
  legend: { padding: `0 ${tokens.spacingHorizontalXS}` },
});

type Source = "sheet" | "rubric";

interface MadeResult {
  count: number;
  file: string;
  forms: { unit: string; fileName: string; bytes: Uint8Array }[];
}

interface CollectState {
  forms: CollectedForm[];
  result: CollectResult;
}

/**
 * Self-assessment forms: make one .xlsx per unit and deliver them (a download, or a unit's form
 * opened as a new workbook), then collect the returned files into the scoring sheet. The .xlsx
 * engine is loaded only when one of these buttons is pressed.
 */
export function FormsPanel(props: {
  operations: WorkbookOperations;
  sheet: ScoringSheetInfo | undefined;
  /** Tests pass their own; the pane loads the xlsx chunk. */
  loadEngine?: () => Promise<FormsEngine>;
  save?: (fileName: string, bytes: Uint8Array, type: string) => void;
}) {
  const styles = useStyles();
  const t = useFormsStrings();
  const { language } = useLanguage();
  const loadEngine = props.loadEngine ?? loadFormsEngine;
  const save = props.save ?? downloadFile;
  const { sheet, operations } = props;
  const [source, setSource] = useState<Source>(sheet ? "sheet" : "rubric");
  const [pickedRubric, setPickedRubric] = useState<Rubric | undefined>();
  const [unitsText, setUnitsText] = useState("");
  const [period, setPeriod] = useState(`Năm ${new Date().getFullYear()}`);
  const [deadline, setDeadline] = useState("");
  const [problem, setProblem] = useState<string | undefined>();
  const [files, setFiles] = useState<File[]>([]);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const making = useOperation<MadeResult>();
  const opening = useOperation<void>();
  const collecting = useOperation<CollectState>();
  const effectiveSource: Source = sheet ? source : "rubric";

  // The bundled rubrics come as a chunk of their own (see loadBundledRubrics), fetched when needed.
  const sheetRubric = async (): Promise<Rubric | undefined> =>
    sheet && (await loadBundledRubrics()).find((rubric) => rubric.id === sheet.rubricId && rubric.version === sheet.rubricVersion);
  const onRubricChange = useCallback((rubric: Rubric | undefined) => setPickedRubric(rubric), []);

  const chosenSource = async (): Promise<{ rubric: Rubric; units: string[] } | string> => {
    if (effectiveSource === "sheet") {
      if (!sheet) return t.noSheet;
      const rubric = await sheetRubric();
      if (!rubric) return t.sheetRubricMissing(sheet.rubricId, sheet.rubricVersion);
      return { rubric, units: sheet.units };
    }
    if (!pickedRubric) return t.needRubric;
    const units = readUnits(unitsText);
    if (!units.ok) return t.needUnits;
    return { rubric: pickedRubric, units: units.units };
  };

  const make = async () => {
    const chosenInput = await chosenSource();
    if (typeof chosenInput === "string") {
      setProblem(chosenInput);
      making.reset();
      return;
    }
    setProblem(undefined);
    await making.run(async () => {
      const engine = await loadEngine();
      const forms = await engine.makeForms({ ...chosenInput, period: period.trim() || undefined, deadline: deadline || undefined });
      if (forms.length === 1) {
        save(forms[0].fileName, forms[0].bytes, XLSX_TYPE);
        return { count: 1, file: forms[0].fileName, forms };
      }
      const file = `Phieu tu danh gia - ${chosenInput.rubric.id}.zip`;
      save(file, await engine.zip(forms), ZIP_TYPE);
      return { count: forms.length, file, forms };
    });
  };

  const made = making.state.status === "succeeded" ? making.state.result : undefined;
  const open = async () => {
    const form = made?.forms[0];
    if (!form) return;
    await opening.run(() => operations.openFormAsWorkbook(toBase64(form.bytes)));
  };

  const collect = async (overwrite: readonly string[], again?: CollectedForm[]) => {
    if (!sheet) return;
    if (!again && files.length === 0) {
      setProblem(t.needFiles);
      return;
    }
    setProblem(undefined);
    await collecting.run(async (progress) => {
      const forms =
        again ??
        (await (async () => {
          const engine = await loadEngine();
          const read = await Promise.all(files.map(async (file) => ({ fileName: file.name, bytes: await readFileBytes(file) })));
          return engine.collect(read, { expected: await sheetRubric(), known: await loadBundledRubrics() });
        })());
      const result = await operations.collectForms(sheet.scoringSheet, forms, overwrite, progress);
      return { forms, result };
    });
    setChosen(new Set());
  };
  const collected = collecting.state.status === "succeeded" ? collecting.state.result : undefined;
  const differences =
    collected?.result.reports.flatMap((report) => report.differences.filter((difference) => !difference.overwritten)) ?? [];

  const show = (value: unknown) => (typeof value === "number" ? formatNumber(value, language) : String(value));

  return (
    <div className={styles.root}>
      <section className={styles.part} aria-label={t.makeTitle}>
        <Text weight="semibold">{t.makeTitle}</Text>
        {sheet && (
          <Field label={t.sourceLabel}>
            <RadioGroup value={effectiveSource} onChange={(_, data) => setSource(data.value as Source)}>
              <Radio value="sheet" label={`${t.sourceSheet}: ${sheet.scoringSheet}`} />
              <Radio value="rubric" label={t.sourceRubric} />
            </RadioGroup>
          </Field>
        )}
        {effectiveSource === "rubric" && (
          <>
            <RubricSourcePicker operations={operations} onChange={onRubricChange} />
            <UnitsField operations={operations} value={unitsText} onChange={setUnitsText} />
          </>
        )}
        <Field label={t.periodLabel}>
          <Input value={period} onChange={(_, data) => setPeriod(data.value)} />
        </Field>
        <Field label={t.deadlineLabel}>
          <Input type="date" value={deadline} onChange={(_, data) => setDeadline(data.value)} />
        </Field>
        <Button appearance="primary" onClick={() => void make()} disabled={making.busy}>
          {t.makeButton(effectiveSource === "sheet" ? (sheet?.units.length ?? 0) : readUnitsCount(unitsText))}
        </Button>
        {problem && <Text role="alert">{problem}</Text>}
        <OperationStatus state={making.state} success={(result) => t.made(result.count, result.file)} />
        {made?.count === 1 && (
          // Where an add-in cannot download (Excel on Mac), a single unit's form opens as a new workbook.
          <Button onClick={() => void open()} disabled={opening.busy}>
            {t.openButton}
          </Button>
        )}
        <OperationStatus state={opening.state.status === "failed" ? opening.state : { status: "idle" }} />
      </section>

      <section className={styles.part} aria-label={t.collectTitle}>
        <Text weight="semibold">{t.collectTitle}</Text>
        <Text block>{t.collectIntro}</Text>
        <Field label={t.filesLabel}>
          {/* A plain file input (Fluent has none): the render function gives it the label's id. */}
          {(fieldProps) => (
            <input
              {...fieldProps}
              type="file"
              multiple
              accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              onChange={(event) => setFiles(Array.from(event.target.files ?? []))}
            />
          )}
        </Field>
        <Button appearance="primary" onClick={() => void collect([])} disabled={!sheet || collecting.busy}>
          {t.collectButton(files.length)}
        </Button>
        <OperationStatus
          state={collecting.state}
          intent={(state) => (state.result.reports.some((report) => report.status === "refused") ? "warning" : "success")}
          success={(state) =>
            t.collectDone(
              state.result.reports.length,
              state.result.scoresWritten,
              state.result.reports.filter((r) => r.status === "refused").length,
            )
          }
        />
        {collected && (
          <ul className={styles.list} aria-label={t.collectTitle}>
            {collected.result.reports.map((report, index) => (
              <li key={`${report.file}-${index}`}>
                <FormsFileReport report={report} />
              </li>
            ))}
          </ul>
        )}
        {collected && differences.length > 0 && (
          <fieldset className={styles.differences}>
            <legend className={styles.legend}>{t.differencesTitle(differences.length)}</legend>
            {differences.map((difference) => (
              <Checkbox
                key={difference.key}
                label={`${difference.unit} — ${t.difference(difference.code, show(difference.current), show(difference.incoming))}`}
                checked={chosen.has(difference.key)}
                onChange={(_, data) => {
                  const next = new Set(chosen);
                  if (data.checked) next.add(difference.key);
                  else next.delete(difference.key);
                  setChosen(next);
                }}
              />
            ))}
            <Button onClick={() => void collect([...chosen], collected.forms)} disabled={chosen.size === 0 || collecting.busy}>
              {t.overwriteButton(chosen.size)}
            </Button>
          </fieldset>
        )}
      </section>
    </div>
  );
}

function readUnitsCount(text: string): number {
  const units = readUnits(text);
  return units.ok ? units.units.length : 0;
}
