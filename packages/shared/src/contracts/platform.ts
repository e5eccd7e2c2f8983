import { z } from 'zod';

export const healthResponse = z.object({
  status: z.literal('ok'),
  database: z.object({ engine: z.enum(['sqlite', 'postgres']), migrations: z.object({ applied: z.number().int(), pending: z.number().int(), latest: z.string().nullable() }) }),
  version: z.string(),
  time: z.string(),
});
export type HealthResponse = z.infer<typeof healthResponse>;

export const storedFile = z.object({
  id: z.string(),
  sha256: z.string(),
  size: z.number().int(),
  mediaType: z.string(),
  originalName: z.string(),
  createdAt: z.string(),
});
export type StoredFileDto = z.infer<typeof storedFile>;
