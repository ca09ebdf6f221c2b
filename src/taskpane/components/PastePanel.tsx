import { Button, Field, makeStyles, Text, Textarea, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { PasteScoresResult, ScoreColumnKind, WorkbookOperations } from "../../excel/operations";
import { useStrings } from "../i18n/language";
import { useOperation } from "../operation/use-operation";
import { FittedSelect } from "./FittedSelect";
import { OperationStatus } from "./OperationStatus";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
});

/**
 * Pastes a unit's column of scores into its criterion cells only: in Excel a plain paste over the
 * column fails on the locked subtotal rows between the criteria.
 */
export function PastePanel(props: {
  operations: WorkbookOperations;
  scoringSheet: string | undefined;
  units?: readonly string[];
  columns?: readonly ScoreColumnKind[];
}) {
  const styles = useStyles();
  const t = useStrings();
  const units = props.units ?? [];
  const columns = props.columns ?? [];
  const [unit, setUnit] = useState("");
  const [kind, setKind] = useState<ScoreColumnKind | "">("");
  const [text, setText] = useState("");
  const paste = useOperation<PasteScoresResult>({ writes: true });
  const chosenUnit = units.includes(unit) ? unit : units[0];
  const chosenKind = kind !== "" && columns.includes(kind) ? kind : columns[0];
  const { scoringSheet } = props;
  const ready = scoringSheet !== undefined && chosenUnit !== undefined && chosenKind !== undefined;

  return (
    <form
      className={styles.root}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (ready) void paste.run(() => props.operations.pasteScores(scoringSheet, { unit: chosenUnit, kind: chosenKind, text }));
      }}
    >
      <Text block>{t.pasteIntro}</Text>
      {!scoringSheet && <Text block>{t.needSheet}</Text>}
      <Field label={t.pasteUnitLabel}>
        <FittedSelect value={chosenUnit ?? ""} onChange={(_, data) => setUnit(data.value)} disabled={units.length === 0}>
          {units.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </FittedSelect>
      </Field>
      {columns.length > 1 && (
        <Field label={t.pasteKindLabel}>
          <FittedSelect value={chosenKind ?? ""} onChange={(_, data) => setKind(data.value as ScoreColumnKind)}>
            {columns.map((column) => (
              <option key={column} value={column}>
                {t.columnNames[column]}
              </option>
            ))}
          </FittedSelect>
        </Field>
      )}
      <Field label={t.pasteBoxLabel} hint={t.pasteHint}>
        <Textarea value={text} onChange={(_, data) => setText(data.value)} rows={6} resize="vertical" />
      </Field>
      <Button appearance="primary" type="submit" disabled={!ready || text.trim() === "" || paste.busy}>
        {t.pasteButton}
      </Button>
      <OperationStatus
        state={paste.state}
        describesWorkbook={false}
        success={(result) => t.pasteDone(result.written, result.replaced, result.keptBlank)}
      />
    </form>
  );
}
