/** Row types of the notifications module's tables (see its migration). */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface NotificationTables {}
