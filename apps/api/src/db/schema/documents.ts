/** Row types of the documents module's tables (see its migration). */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface DocumentTables {}
