import { z } from 'zod';
import { diffChange } from './catalog.ts';
import { isoInstant } from './common.ts';

/** A new national record of a procedure the province adopted or edited, merged and waiting for the control officer. */
export const nationalUpdateStatuses = ['pending', 'accepted', 'dismissed', 'superseded'] as const;
export const nationalUpdateStatusSchema = z.enum(nationalUpdateStatuses);

export const mergeConflict = z.object({
  path: z.string().describe('e.g. variants[Đăng ký kết hôn].documents'),
  ours: z.unknown().describe("the province's value, kept"),
  theirs: z.unknown().describe("the new national record's value"),
});

export const nationalUpdateSummary = z.object({
  id: z.string(),
  procedureId: z.string(),
  code: z.string(),
  name: z.string(),
  status: nationalUpdateStatusSchema,
  decisionNumber: z.string().nullable(),
  createdAt: isoInstant,
  decidedAt: isoInstant.nullable(),
  conflictCount: z.number().int(),
  /** Version numbers: the last national one (null: never imported), the national record, the merged head, the public one. */
  baseVersion: z.number().int().nullable(),
  nationalVersion: z.number().int(),
  mergedVersion: z.number().int(),
  currentVersion: z.number().int().nullable(),
});
export type NationalUpdateSummary = z.infer<typeof nationalUpdateSummary>;

export const nationalUpdateDetail = nationalUpdateSummary.extend({
  /** What the ministry changed: last national version → new national record. */
  nationalChanges: z.array(diffChange),
  conflicts: z.array(mergeConflict),
  /** Paths where the province's value was carried forward over the national record's. */
  kept: z.array(z.string()),
  /** What accepting changes on the public record: public version → merged head. */
  publicChanges: z.array(diffChange),
});
export type NationalUpdateDetail = z.infer<typeof nationalUpdateDetail>;

export const nationalUpdateQuery = z.object({
  status: nationalUpdateStatusSchema.default('pending'),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export const nationalUpdatePage = z.object({
  items: z.array(nationalUpdateSummary),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type NationalUpdatePage = z.infer<typeof nationalUpdatePage>;

export const decideNationalUpdateBody = z.object({ note: z.string().trim().max(1000).optional() });
