/** Read use cases of the portal: one payment for its owner, and the outcome behind a gateway's return URL. */
import type { PaymentReturnResult, PaymentView } from '@motcua/shared';
import type { AppContext } from '../../platform/context.ts';
import { notFound } from '../../platform/errors.ts';
import { findPaymentWithDossier } from './payments.queries.ts';
import { presentPayment, presentReturned } from './payments.presenter.ts';
import type { PaymentProvider } from './provider.ts';

/** Only the applicant who started the payment sees it; to anyone else it does not exist. */
export async function getPaymentForApplicant(ctx: AppContext, applicantId: string, paymentId: string): Promise<PaymentView> {
  const row = await findPaymentWithDossier(ctx.db, { id: paymentId });
  if (!row || row.created_by !== applicantId) throw notFound('Không tìm thấy giao dịch thanh toán');
  return presentPayment(row);
}

/**
 * The return page's question "did my payment go through?". The query string is the gateway's signed word about
 * one order, and only its signature is trusted, never its claimed outcome: the answer is the payment as stored,
 * which only the server-to-server notification changes.
 */
export async function checkPaymentReturn(ctx: AppContext, provider: PaymentProvider, query: Record<string, string>): Promise<PaymentReturnResult> {
  const result = provider.verifyReturn(query);
  if (!result.ok) return { signatureValid: false, payment: null };
  const row = await findPaymentWithDossier(ctx.db, { txnRef: result.txnRef });
  if (!row || row.provider !== provider.code || Number(row.amount) !== result.amount) return { signatureValid: true, payment: null };
  return { signatureValid: true, payment: presentReturned(row) };
}
