/**
 * The applicant's personal document store (kho giấy tờ cá nhân): every file uploaded on the portal and every
 * electronic result of the applicant's dossiers, kept to be reused in a new application instead of being asked for
 * again (Decree 118/2025 Art. 22, Circular 04/2025). Each reuse is recorded per document for the service index.
 */
import { z } from 'zod';
import { isoInstant } from './common.ts';

export const personalDocumentKinds = ['upload', 'result'] as const;
export const personalDocumentKind = z.enum(personalDocumentKinds);
export type PersonalDocumentKind = z.infer<typeof personalDocumentKind>;

export const personalDocument = z.object({
  id: z.string(),
  kind: personalDocumentKind,
  name: z.string(),
  mediaType: z.string(),
  size: z.number().int(),
  createdAt: isoInstant,
  /** Uploads are always valid; a result is valid while its electronic result is not revoked (or replaced by a correction). */
  valid: z.boolean(),
  /** A result: its code (`<dossier code>-KQ<n>`), the dossier it was issued for, and when it was revoked. */
  resultCode: z.string().nullable(),
  dossierId: z.string().nullable(),
  dossierCode: z.string().nullable(),
  revokedAt: isoInstant.nullable(),
  /** New dossiers this document was reused in. */
  timesReused: z.number().int(),
  lastReusedAt: isoInstant.nullable(),
  /** GET: the file itself, as an attachment. */
  downloadUrl: z.string(),
});
export type PersonalDocument = z.infer<typeof personalDocument>;

export const personalDocumentList = z.object({ items: z.array(personalDocument) });
export type PersonalDocumentList = z.infer<typeof personalDocumentList>;

/**
 * What to put in a draft's upload slot (`documents[].fileId` of PUT /api/portal/drafts/:id): a file the account
 * holds, so the draft accepts it like a fresh upload; the submission records the reuse.
 */
export const personalDocumentUse = z.object({
  fileId: z.string(),
  name: z.string(),
  mediaType: z.string(),
  size: z.number().int(),
});
export type PersonalDocumentUse = z.infer<typeof personalDocumentUse>;
