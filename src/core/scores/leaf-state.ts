/** What a leaf's cell says. Blank is not zero: a blank leaf is pending, 0 is assessed and lost. */
export const LeafState = { Blank: 0, Assessed: 1, NotApplicable: 2, Invalid: 3 } as const;
export type LeafState = (typeof LeafState)[keyof typeof LeafState];
