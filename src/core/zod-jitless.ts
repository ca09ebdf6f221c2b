import { z } from "zod";

/**
 * zod compiles fast parsers with `new Function`, which the task pane's Content-Security-Policy
 * (no 'unsafe-eval') forbids; even its probe for eval is reported as a policy violation. Jitless
 * parsing gives the same results without generated code. Imported first by the pane and by every
 * schema, so no parse runs before it.
 */
z.config({ jitless: true });
