import type { ReconciliationDay, ReconciliationQuery, ReconciliationReport, ReconciliationRow } from '@motcua/shared';
import { localDateOf, paymentRecordProblems } from '@motcua/shared';
import { scopePaths, type Actor } from '../../platform/auth/actor.ts';
import type { AppContext } from '../../platform/context.ts';
import { fieldError } from '../../platform/errors.ts';
import { listPaymentsForReconciliation } from './payments.queries.ts';

const DAY_MS = 86_400_000;
const MAX_DAYS = 366;

/** Vietnam midnight of a civil date, as a UTC instant. */
const startOfDay = (date: string) => new Date(`${date}T00:00:00+07:00`).toISOString();
const nextDay = (date: string) => new Date(Date.parse(`${date}T00:00:00+07:00`) + DAY_MS).toISOString();

const emptyDay = (date: string): ReconciliationDay => ({
  date, paid: { count: 0, amount: 0 }, failed: { count: 0, amount: 0 }, cancelled: { count: 0, amount: 0 },
  expired: { count: 0, amount: 0 }, pending: { count: 0, amount: 0 },
});

/**
 * The reconciliation of online payments (đối soát) between two Vietnam dates, for the payments of dossiers whose
 * competent agency or receiving desk is in the officer's scope: per day, how many payments and how much were paid,
 * failed, cancelled, expired or are still pending, with every payment listed. A paid payment counts on its day of payment,
 * the others on the day they were started.
 */
export async function reconciliationReport(ctx: AppContext, actor: Actor, q: ReconciliationQuery): Promise<ReconciliationReport> {
  if (q.to < q.from) throw fieldError('querystring.to', 'Ngày kết thúc phải sau ngày bắt đầu');
  if ((Date.parse(q.to) - Date.parse(q.from)) / DAY_MS >= MAX_DAYS) throw fieldError('querystring.to', `Chỉ đối soát tối đa ${MAX_DAYS} ngày một lần`);
  const found = await listPaymentsForReconciliation(ctx.db, { paths: scopePaths(actor, 'payment.reconcile'), fromInstant: startOfDay(q.from), toInstant: nextDay(q.to) });
  const rows: ReconciliationRow[] = found.map((p) => ({
    id: p.id, date: localDateOf(Date.parse(p.status === 'paid' && p.paid_at ? p.paid_at : p.created_at)), txnRef: p.txn_ref, provider: p.provider,
    providerTxnId: p.provider_txn_id, dossierId: p.dossier_id, dossierCode: p.dossier_code, competentUnitName: p.competent_unit_name, amount: Number(p.amount),
    status: p.status, createdAt: p.created_at, paidAt: p.paid_at, failureReason: p.failure_reason, recordedOnDossier: p.recorded_on_dossier_at !== null,
    recordProblem: paymentRecordProblems.find((x) => x === p.record_problem) ?? null,
  }));
  rows.sort((a, b) => a.date.localeCompare(b.date) || (a.paidAt ?? a.createdAt).localeCompare(b.paidAt ?? b.createdAt));
  const days = new Map<string, ReconciliationDay>();
  const totals = emptyDay('');
  for (const row of rows) {
    const day = days.get(row.date) ?? emptyDay(row.date);
    days.set(row.date, day);
    for (const bucket of [day[row.status], totals[row.status]]) {
      bucket.count += 1;
      bucket.amount += row.amount;
    }
  }
  const { date: _date, ...sums } = totals;
  return { from: q.from, to: q.to, days: [...days.values()].sort((a, b) => a.date.localeCompare(b.date)), totals: sums, rows };
}
