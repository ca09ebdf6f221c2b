import type { Rubric } from "../../core/rubric/schema";
import { COLUMN_KINDS } from "../../core/template/scoring-layout";
import type { ScoreColumnKind, TargetSpec, TemplateRequest } from "../../excel/operations";
import type { Strings } from "../i18n/strings";
import { readNumberInput, readPositiveInteger } from "./number-input";
import { readUnits } from "./units";

/** The score columns in the order the sheet lays them out. */
export const SCORE_COLUMNS: readonly ScoreColumnKind[] = COLUMN_KINDS;

export interface TemplateFormInput {
  rubric: Rubric | undefined;
  unitsText: string;
  columns: ReadonlySet<ScoreColumnKind>;
  unitGroup: string;
  target: { kind: TargetSpec["kind"] | "none"; value: string };
}

export interface TemplateFormErrors {
  rubric?: string;
  units?: string;
  columns?: string;
  target?: string;
}

export type TemplateFormReading = { ok: true; request: TemplateRequest } | { ok: false; errors: TemplateFormErrors };

/** Checks the form as a whole and says, per field, what to fix, in the reader's language. */
export function readTemplateForm(input: TemplateFormInput, t: Strings): TemplateFormReading {
  const errors: TemplateFormErrors = {};
  if (!input.rubric) errors.rubric = t.noRubric;

  const units = readUnits(input.unitsText);
  if (!units.ok) {
    errors.units = units.problem === "empty" ? t.unitsEmpty : t.unitsDuplicate(units.name, units.firstLine, units.line);
  }

  const columns = SCORE_COLUMNS.filter((column) => input.columns.has(column));
  if (columns.length === 0) errors.columns = t.columnsRequired;

  let target: TargetSpec | undefined;
  const totalMax = input.rubric?.totalMax ?? 100;
  switch (input.target.kind) {
    case "none":
      break;
    case "grade":
      if (input.target.value) target = { kind: "grade", value: input.target.value };
      break;
    case "points": {
      const points = readNumberInput(input.target.value);
      if (points === undefined || points < 0 || points > totalMax) errors.target = t.targetPointsInvalid(totalMax);
      else target = { kind: "points", value: points };
      break;
    }
    case "rank": {
      const rank = readPositiveInteger(input.target.value);
      if (rank === undefined) errors.target = t.targetRankInvalid;
      else target = { kind: "rank", value: rank };
      break;
    }
  }

  if (!input.rubric || !units.ok || Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    request: {
      rubric: input.rubric,
      units: units.units,
      columns,
      unitGroup: input.unitGroup,
      ...(target ? { target } : {}),
    },
  };
}
