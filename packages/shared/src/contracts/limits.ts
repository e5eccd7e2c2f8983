/**
 * How long a text and how large a count may be, one constant per kind. The catalog import checks every record
 * against the same input contracts the editors use before storing it, and the responses reuse those shapes, so
 * what the import stores, an input accepts and a response returns agree. The desk's receipt and the portal accept
 * any document name the catalog holds.
 *
 * Measured on the 2,378 national records (12/2026): conditions reach 44,580 characters (2.001538), steps 22,847
 * (1.014267), a document name 6,949 (1.004362), a channel description 4,549 (1.003976), a procedure name 1,094
 * (1.013980); a variant has up to 111 documents (1.011441).
 */

/** Legal text copied from a procedure record, kept and shown whole: names, descriptions, steps, conditions, notes. */
export const LONG_TEXT_MAX = 100_000;

/** A short label: a sector's name, a procedure's kind, an issuer, a fee's label. */
export const LABEL_MAX = 500;

/**
 * Originals or copies of one document. Above 99 in the national rows (96 rows) is mostly a number glued to the count
 * (a date "…/2025" followed by "1 bản chính" reads 20251 originals, up to 61,781); the import stores what it reads,
 * so the contracts must accept it until the document model separates the two.
 */
export const DOCUMENT_COUNT_MAX = 99_999;

/** Document requirements of one variant, and so the lines of one checklist or one online application. */
export const DOCUMENTS_PER_VARIANT_MAX = 300;

/**
 * The longest time limit per unit a deadline is computed for: five years in each unit, far above any legal limit
 * (the national records, 12/2026, reach 250 working days (1.000916), 300 days (1.008023), 20 months (1.000221) and 28
 * working hours). The public due-date calculator's work and answer grow with the limit; these keep both small.
 */
export const TIME_LIMIT_MAX = { working_days: 1_250, working_hours: 10_000, days: 1_830, months: 60 } as const;

/** The largest of them: a unit-blind bound for forms and the OpenAPI document. */
export const TIME_LIMIT_MAX_ANY_UNIT = Math.max(...Object.values(TIME_LIMIT_MAX));

/** Day-by-day lines of a due-date explanation; beyond this the middle days are summed up in one line. */
export const EXPLANATION_DAY_LINES_MAX = 200;
