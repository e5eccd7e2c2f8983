import { z } from 'zod';

export const idSchema = z.string().min(1).max(64);
export const idParams = z.object({ id: idSchema });

export const pageQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type PageQuery = z.infer<typeof pageQuery>;

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });
}
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export const listOf = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });

export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  code: z.string(),
  detail: z.string().optional(),
  instance: z.string().optional(),
  errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});

export const isoInstant = z.string().describe('ISO 8601 instant in UTC');

/** A calendar day as YYYY-MM-DD (a legal or civil date, no time of day). */
export const civilDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày theo định dạng YYYY-MM-DD');
