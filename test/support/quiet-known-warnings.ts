/**
 * Fluent UI's AccordionPanel passes `inert={true}`, which React 18 warns about (React 19 accepts
 * it). The pane already hides closed panels with `hidden`; this one warning is known and harmless,
 * and dropping it keeps real warnings visible in the test output. Everything else goes through.
 */
const original = console.error;
console.error = (...args: unknown[]) => {
  // React formats it as ("…Received `%s` for a non-boolean attribute `%s`…", "true", "inert", …).
  if (typeof args[0] === "string" && args[0].includes("for a non-boolean attribute") && args.includes("inert")) return;
  original(...args);
};

// The whole pane's first render in jsdom takes seconds on a loaded 2-core machine: findBy… waits up
// to 10 s instead of 1 s before giving up (a passing test still returns as soon as it can).
if (typeof document !== "undefined") {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  (require("@testing-library/dom") as typeof import("@testing-library/dom")).configure({ asyncUtilTimeout: 10_000 });
}
