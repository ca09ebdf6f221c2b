import type { Finding } from "../findings";

/** Input that cannot give a trustworthy number. Formulas turn it into #VALUE! with its message. */
export class ScoringInputError extends Error {
  constructor(
    readonly finding: Finding,
    readonly problemCount = 1,
  ) {
    super(`${finding.message.vi} / ${finding.message.en}`);
    this.name = "ScoringInputError";
  }
}

/** Nothing to divide by yet (no criterion assessed): formulas answer #N/A, not a wrong number. */
export class NotAvailableError extends Error {
  constructor(readonly finding: Finding) {
    super(`${finding.message.vi} / ${finding.message.en}`);
    this.name = "NotAvailableError";
  }
}
