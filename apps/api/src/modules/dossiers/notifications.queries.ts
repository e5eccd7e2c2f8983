/** What the notifications module reads of a dossier to tell its applicant about an action (read-only). */
import type { Executor } from './dossiers.queries.ts';

export interface DossierForNotification {
  id: string;
  code: string;
  procedureName: string;
  status: string;
  dueAt: string | null;
  applicantKind: string;
  applicantName: string;
  applicantEmail: string | null;
  applicantPhone: string | null;
  applicantAccountId: string | null;
}

export interface DossierActionForNotification {
  seq: number;
  action: string;
  fromStatus: string | null;
  toStatus: string;
  at: string;
  reason: string | null;
  /** The action's recorded facts (missing documents, amount, new appointment, result code...). */
  data: Record<string, unknown>;
  dueAtAfter: string | null;
}

export async function findDossierForNotification(ex: Executor, dossierId: string): Promise<DossierForNotification | undefined> {
  const row = await ex
    .selectFrom('dossiers')
    .select(['id', 'code', 'procedure_name', 'status', 'due_at', 'applicant_kind', 'applicant_name', 'applicant_email', 'applicant_phone', 'applicant_account_id'])
    .where('id', '=', dossierId)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    id: row.id, code: row.code, procedureName: row.procedure_name, status: row.status, dueAt: row.due_at, applicantKind: row.applicant_kind,
    applicantName: row.applicant_name, applicantEmail: row.applicant_email, applicantPhone: row.applicant_phone, applicantAccountId: row.applicant_account_id,
  };
}

export async function findDossierActionForNotification(ex: Executor, dossierId: string, seq: number): Promise<DossierActionForNotification | undefined> {
  const row = await ex
    .selectFrom('dossier_actions')
    .select(['seq', 'action', 'from_status', 'to_status', 'at', 'reason', 'data', 'due_at_after'])
    .where('dossier_id', '=', dossierId)
    .where('seq', '=', seq)
    .executeTakeFirst();
  if (!row) return undefined;
  let data: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(row.data);
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) data = parsed as Record<string, unknown>;
  } catch {
    // An unreadable data column only loses the details; the notification still goes out.
  }
  return { seq: row.seq, action: row.action, fromStatus: row.from_status, toStatus: row.to_status, at: row.at, reason: row.reason, data, dueAtAfter: row.due_at_after };
}

/** The actions `seqs` of a dossier: which step each notice told about. */
export async function findDossierActionSteps(ex: Executor, dossierId: string, seqs: readonly number[]): Promise<{ seq: number; action: string; toStatus: string }[]> {
  if (seqs.length === 0) return [];
  const rows = await ex.selectFrom('dossier_actions').select(['seq', 'action', 'to_status']).where('dossier_id', '=', dossierId).where('seq', 'in', [...seqs]).execute();
  return rows.map((r) => ({ seq: r.seq, action: r.action, toStatus: r.to_status }));
}
