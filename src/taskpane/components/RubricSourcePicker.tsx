import { Button, Field, Input, makeStyles, Radio, RadioGroup, Text, tokens } from "@fluentui/react-components";
import { useEffect, useId, useMemo, useState, type ChangeEvent } from "react";
import type { Finding } from "../../core/findings";
import { parseRubricJson, type RubricParseResult } from "../../core/rubric/parse-rubric";
import { rubricFromSheetRows } from "../../core/rubric/rubric-from-sheet";
import type { Rubric } from "../../core/rubric/schema";
import type { WorkbookOperations } from "../../excel/operations";
import { loadBundledRubrics } from "../form/load-bundled-rubrics";
import { readFileText } from "../form/read-file";
import { useBilingual, useLanguage, useStrings } from "../i18n/language";
import type { Strings } from "../i18n/strings";
import { useOperation } from "../operation/use-operation";
import { FittedSelect } from "./FittedSelect";
import { OperationStatus } from "./OperationStatus";
import { RubricFindings } from "./RubricFindings";

type Source = "bundled" | "file" | "selection";

/** What a source has produced so far: nothing, a rubric (with warnings), or the reasons it failed. */
type Loaded =
  | { state: "none" }
  | { state: "loaded"; rubric: Rubric; warnings: Finding[] }
  | { state: "failed"; intro: (t: Strings) => string; findings: Finding[] };

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  fileInput: {
    maxWidth: "100%",
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    color: tokens.colorNeutralForeground1,
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: "2px",
    },
  },
  wrap: { overflowWrap: "anywhere" },
});

const currentYear = new Date().getFullYear();

/** Chooses the rubric: one of the bundled ones, a JSON file, or a rubric laid out on a sheet. */
export function RubricSourcePicker(props: { operations: WorkbookOperations; onChange: (rubric: Rubric | undefined) => void }) {
  const styles = useStyles();
  const t = useStrings();
  const pick = useBilingual();
  const { language } = useLanguage();
  const fileInputId = useId();
  const [rubrics, setRubrics] = useState<Rubric[]>([]);
  const [source, setSource] = useState<Source>("bundled");
  const [bundledId, setBundledId] = useState("");
  useEffect(() => {
    let mounted = true;
    void loadBundledRubrics().then((loaded) => {
      if (!mounted) return;
      const newestFirst = [...loaded].sort((a, b) => b.year - a.year);
      setRubrics(newestFirst);
      setBundledId((chosen) => chosen || (newestFirst[0]?.id ?? ""));
    });
    return () => {
      mounted = false;
    };
  }, []);
  const [fromFile, setFromFile] = useState<Loaded>({ state: "none" });
  const [fromSheet, setFromSheet] = useState<Loaded>({ state: "none" });
  const [sheetTitle, setSheetTitle] = useState(t.sheetRubricTitleDefault);
  const [sheetYear, setSheetYear] = useState(String(currentYear));
  const [yearInvalid, setYearInvalid] = useState(false);
  const readFile = useOperation<void>();
  const readSheet = useOperation<void>();

  const bundled: Loaded = useMemo(() => {
    const rubric = rubrics.find((candidate) => candidate.id === bundledId);
    return rubric ? { state: "loaded", rubric, warnings: [] } : { state: "none" };
  }, [rubrics, bundledId]);
  const current = source === "bundled" ? bundled : source === "file" ? fromFile : fromSheet;
  const currentRubric = current.state === "loaded" ? current.rubric : undefined;
  const { onChange } = props;
  useEffect(() => onChange(currentRubric), [currentRubric, onChange]);

  const loadedFrom = (result: RubricParseResult, failureIntro: (t: Strings, count: number) => string): Loaded => {
    if (result.ok) return { state: "loaded", rubric: result.rubric, warnings: result.warnings };
    const count = result.findings.length;
    return { state: "failed", intro: (strings) => failureIntro(strings, count), findings: result.findings };
  };

  const onFile = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    void readFile.run(async () => {
      setFromFile({ state: "none" });
      let text: string;
      try {
        text = await readFileText(file);
      } catch {
        setFromFile({ state: "failed", intro: (strings) => strings.fileUnreadable(file.name), findings: [] });
        return;
      }
      setFromFile(loadedFrom(parseRubricJson(text), (strings, count) => strings.fileInvalid(file.name, count)));
    });
  };

  const onReadSelection = () => {
    const year = Number(sheetYear.trim());
    if (!/^\d{4}$/.test(sheetYear.trim()) || year < 2000 || year > 2100) {
      setYearInvalid(true);
      return;
    }
    setYearInvalid(false);
    void readSheet.run(async () => {
      const selection = await props.operations.readSelection();
      const result = rubricFromSheetRows(selection.values, { title: sheetTitle.trim() || t.sheetRubricTitleDefault, year });
      setFromSheet(loadedFrom(result, (strings, count) => strings.selectionRubricInvalid(selection.address, count)));
    });
  };

  return (
    <div className={styles.root}>
      <Field label={t.rubricSourceLabel}>
        <RadioGroup value={source} onChange={(_, data) => setSource(data.value as Source)}>
          <Radio value="bundled" label={t.sourceBundled} />
          <Radio value="file" label={t.sourceFile} />
          <Radio value="selection" label={t.sourceSelection} />
        </RadioGroup>
      </Field>

      {source === "bundled" && (
        <Field label={t.bundledLabel}>
          <FittedSelect value={bundledId} onChange={(_, data) => setBundledId(data.value)}>
            {rubrics.map((rubric) => (
              <option key={rubric.id} value={rubric.id}>
                {t.bundledOption(rubric.title[language] ?? rubric.title.vi, rubric.year, rubric.level)}
              </option>
            ))}
          </FittedSelect>
        </Field>
      )}

      {source === "file" && (
        <Field label={{ children: t.fileLabel, htmlFor: fileInputId }} hint={t.fileHint}>
          <input
            id={fileInputId}
            className={styles.fileInput}
            type="file"
            accept=".json,application/json"
            onChange={onFile}
            disabled={readFile.busy}
          />
        </Field>
      )}
      {source === "file" && <OperationStatus state={readFile.state} />}

      {source === "selection" && (
        <>
          <Text block className={styles.wrap}>
            {t.sheetRubricHint}
          </Text>
          <Field label={t.sheetRubricTitleLabel}>
            <Input value={sheetTitle} onChange={(_, data) => setSheetTitle(data.value)} />
          </Field>
          <Field label={t.sheetRubricYearLabel} validationMessage={yearInvalid ? t.sheetRubricYearInvalid : undefined}>
            <Input inputMode="numeric" value={sheetYear} onChange={(_, data) => setSheetYear(data.value)} />
          </Field>
          <Button onClick={onReadSelection} disabled={readSheet.busy}>
            {t.readRubricFromSelection}
          </Button>
          <OperationStatus state={readSheet.state} />
        </>
      )}

      {current.state === "failed" && <RubricFindings intro={current.intro(t)} findings={current.findings} />}
      {current.state === "loaded" && (
        <>
          <Text block className={styles.wrap}>
            {t.rubricLoaded(
              pick({ vi: current.rubric.title.vi, en: current.rubric.title.en ?? "" }),
              current.rubric.criteria.length,
              current.rubric.totalMax,
            )}
          </Text>
          {current.warnings.length > 0 && <RubricFindings intro={t.rubricWarnings(current.warnings.length)} findings={current.warnings} />}
        </>
      )}
    </div>
  );
}
