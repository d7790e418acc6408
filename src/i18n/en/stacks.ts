/** Catalog part: stacks. Korean twin in ../ko/stacks.ts. */
export const enStacks = {} as const;
