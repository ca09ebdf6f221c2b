import { fromMicro } from "../decimal";
import { LeafState } from "../scores/leaf-state";
import type { UnitScores } from "../scores/unit-scores";
import type { RubricTable } from "../table/rubric-table";

/**
 * Self-assessed against appraised (thẩm định), leaf by leaf: the appraisal often cuts points, and
 * each cut is a discussion at the meeting. Only leaves scored in both columns are compared.
 */
export interface AppraisalGap {
  code: string;
  self: number;
  appraised: number;
  /** appraised − self: negative when the appraisal cut points. */
  difference: number;
}

export function appraisalGaps(table: RubricTable, self: UnitScores, appraised: UnitScores): AppraisalGap[] {
  const gaps: AppraisalGap[] = [];
  for (const index of table.leaves) {
    if (self.states[index] !== LeafState.Assessed || appraised.states[index] !== LeafState.Assessed) continue;
    const difference = appraised.micro[index] - self.micro[index];
    if (difference === 0) continue;
    gaps.push({
      code: table.nodes[index].code,
      self: fromMicro(self.micro[index]),
      appraised: fromMicro(appraised.micro[index]),
      difference: fromMicro(difference),
    });
  }
  return gaps;
}
