/** Catalog part: providers. Korean twin in ../ko/providers.ts. */
export const enProviders = {} as const;
