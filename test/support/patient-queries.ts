import { configure } from "@testing-library/dom";

/**
 * `findBy…` and `waitFor` wait up to 10 s instead of Testing Library's 1 s: on a busy machine a pane
 * takes longer than a second to re-render after an operation, and the wait ends as soon as the
 * element appears, so passing tests are no slower. No test measures time.
 */
configure({ asyncUtilTimeout: 10000 });
