/** Contracts of the documents module: zod schemas shared by the API (validation, OpenAPI) and the web client. */
export {};
