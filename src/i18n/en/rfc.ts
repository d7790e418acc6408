/** Catalog part: rfc. Korean twin in ../ko/rfc.ts. */
export const enRfc = {} as const;
