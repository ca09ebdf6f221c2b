import type { Bilingual } from "../bilingual";

/** A template request that cannot be carried out; its message says why and what to do. */
export class TemplateError extends Error {
  constructor(readonly userMessage: Bilingual) {
    super(userMessage.en);
    this.name = "TemplateError";
  }
}
