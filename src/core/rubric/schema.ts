import "../zod-jitless";
import { z } from "zod";

/**
 * The rubric file format (bộ tiêu chí). The schema is the single source of truth: the types below are
 * inferred from it. Semantic checks that need the whole tree (unique codes, parents, sums) live in
 * `validate-rubric.ts`; this file only describes the shape.
 */

const text = z.string().trim().min(1);

export const localizedTextSchema = z.object({
  vi: text,
  en: text.optional(),
});

/** Dotted codes: "1" (area), "1.2" (criterion), "1.2.3" (sub-criterion), deeper levels allowed. */
export const codeSchema = z
  .string()
  .trim()
  .regex(/^\d+(\.\d+)*$/, { message: "code must be dotted numbers such as 1, 1.2 or 1.2.3" });

const points = z.number().finite().nonnegative();

/** How a leaf is scored. Parents have no rule: they are sums. */
export const scoringRuleSchema = z.discriminatedUnion("type", [
  /** Max or 0 (a plan issued: 1, not issued: 0). */
  z.object({ type: z.literal("yesNo") }),
  /** A fixed list of scores, each with its meaning (on time 1; late 0.5; not issued 0). */
  z.object({
    type: z.literal("levels"),
    levels: z.array(z.object({ score: points, label: localizedTextSchema })).min(2),
  }),
  /** Threshold bands on a measured ratio in percent: >= 90% gives 2, >= 70% gives 1, else 0. */
  z.object({
    type: z.literal("thresholds"),
    measure: localizedTextSchema.optional(),
    bands: z.array(z.object({ minPercent: z.number().min(0).max(100), score: points })).min(1),
  }),
  /** Ratio × max. */
  z.object({ type: z.literal("proportional"), measure: localizedTextSchema.optional() }),
  /** Entered from the sociological survey (ĐTXHH), not self-scored. */
  z.object({ type: z.literal("survey") }),
]);

export const criterionKindSchema = z.enum(["normal", "bonus", "penalty"]);

export const criterionSchema = z.object({
  code: codeSchema,
  name: localizedTextSchema,
  max: points,
  /** normal counts towards the scale; bonus is capped at its max; penalty is subtracted. */
  kind: criterionKindSchema.default("normal"),
  rule: scoringRuleSchema.optional(),
  /** Scores must be a multiple of the step (0.25, 0.5, 0.01...). */
  step: z.number().positive().finite().optional(),
  /** Cơ quan tham mưu / đơn vị chủ trì. */
  responsible: z.string().trim().min(1).optional(),
  /** Tài liệu kiểm chứng expected for this criterion. */
  evidence: z.string().trim().min(1).optional(),
});

export const gradeBandSchema = z.object({
  label: localizedTextSchema,
  /** Inclusive lower bound, in percent of the unit's applicable max. */
  minPercent: z.number().min(0).max(100),
});

export const sourceSchema = z.object({
  /** The issuing document, e.g. "Quyết định 2948/QĐ-BNV ngày 04/8/2017 của Bộ Nội vụ". */
  document: text,
  /** True when the structure follows the document but the criterion texts are illustrative. */
  illustrative: z.boolean(),
  note: z.string().trim().optional(),
  url: z.string().url().optional(),
});

export const unitLevelSchema = z.enum(["province", "ministry", "department", "district", "commune"]);

export const rubricSchema = z.object({
  id: z
    .string()
    .trim()
    .regex(/^[a-z0-9][a-z0-9-]*$/, { message: "id must be lower-case letters, digits and dashes" }),
  title: localizedTextSchema,
  level: unitLevelSchema,
  year: z.number().int().min(2000).max(2100),
  version: text,
  source: sourceSchema,
  /** The full scale, usually 100; the normal areas must add up to it. */
  totalMax: points.positive(),
  /** Grade bands per unit group (e.g. "department", "commune"); "default" applies to the rest. */
  // An empty set of bands is a named finding of validate-rubric, not a shape error.
  gradeBands: z.record(z.string().trim().min(1), z.array(gradeBandSchema)),
  criteria: z.array(criterionSchema).min(1),
});

export type LocalizedText = z.infer<typeof localizedTextSchema>;
export type ScoringRule = z.infer<typeof scoringRuleSchema>;
export type CriterionKind = z.infer<typeof criterionKindSchema>;
export type Criterion = z.infer<typeof criterionSchema>;
export type GradeBand = z.infer<typeof gradeBandSchema>;
export type RubricSource = z.infer<typeof sourceSchema>;
export type UnitLevel = z.infer<typeof unitLevelSchema>;
export type Rubric = z.infer<typeof rubricSchema>;
/** What a file may leave out (defaults applied by parsing). */
export type RubricInput = z.input<typeof rubricSchema>;
