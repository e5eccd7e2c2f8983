import { randomInt } from 'node:crypto';
import type { StartPaymentResult } from '@motcua/shared';
import { withUnitOfWork, type AppContext } from '../../../platform/context.ts';
import { AppError, notFound } from '../../../platform/errors.ts';
import { newId } from '../../../platform/ids.ts';
import { windowEndOf } from '../payment-window.ts';
import { findDossierToPay, finishPayment, findPendingPayment, insertPayment, openObligationsTotal, type PaymentRow } from '../payments.queries.ts';
import type { PaymentProvider } from '../provider.ts';
import { markExpired, scheduleExpiry } from './expire-payment.ts';

/** An open order is offered again only if the citizen still has this long to pay it. */
const REUSE_MARGIN_MS = 5 * 60_000;

export interface StartPaymentInput {
  applicantId: string;
  dossierId: string;
  clientIp: string;
  requestId: string;
}

/** Our order reference: the Vietnam date and time, then six random digits (gateways want it short and plain). */
function newTxnRef(now: string): string {
  const local = new Date(Date.parse(now) + 7 * 3_600_000).toISOString();
  return `${local.slice(2, 19).replace(/[-T:]/g, '')}${String(randomInt(0, 1_000_000)).padStart(6, '0')}`;
}

/**
 * The dossier's owner starts paying its open obligations: the amount is what the dossier owes now. An order
 * still open at the gateway for the same amount is offered again rather than doubled (two open orders could
 * both be paid); one for another amount, or nearly expired, is cancelled first, and one past its window is
 * expired. Every new order carries its expiry job (expire-payment.ts). A cancelled or expired order the gateway
 * later reports paid is still recorded as paid (the money was taken): see handle-notification.ts.
 */
export async function startPayment(ctx: AppContext, provider: PaymentProvider, input: StartPaymentInput): Promise<StartPaymentResult> {
  const payment = await withUnitOfWork(ctx, async (uow) => {
    const ex = uow.trx;
    const dossier = await findDossierToPay(ex, input.dossierId);
    // Someone else's dossier looks exactly like a missing one.
    if (!dossier || dossier.applicant_account_id !== input.applicantId) throw notFound('Không tìm thấy hồ sơ');
    if (dossier.status !== 'financial_obligation_requested') {
      throw new AppError('ACTION_NOT_ALLOWED', { detail: 'Hồ sơ hiện không có yêu cầu thực hiện nghĩa vụ tài chính.', extensions: { dossierStatus: dossier.status } });
    }
    const amount = await openObligationsTotal(ex, dossier.id);
    if (amount <= 0) throw new AppError('CONFLICT', { detail: 'Hồ sơ không còn khoản phí, lệ phí nào phải nộp.' });

    const open = await findPendingPayment(ex, dossier.id);
    const timeLeft = open ? Date.parse(windowEndOf(open.created_at)) - Date.parse(uow.now) : 0;
    if (open && open.amount === amount && open.provider === provider.code && timeLeft > REUSE_MARGIN_MS) return open;
    if (open && timeLeft <= 0) {
      await markExpired(uow, open, dossier.competent_unit_id, input.requestId);
    } else if (open) {
      const reason = open.amount !== amount
        ? 'Số tiền phải nộp đã thay đổi; giao dịch được thay bằng giao dịch mới'
        : 'Sắp hết thời hạn chờ thanh toán; giao dịch được thay bằng giao dịch mới';
      await finishPayment(ex, open.id, 'pending', { status: 'cancelled', finished_at: uow.now, failure_reason: reason });
    }
    const row: PaymentRow = {
      id: newId(), dossier_id: dossier.id, amount, status: 'pending', provider: provider.code, txn_ref: newTxnRef(uow.now),
      order_info: `Thanh toan phi, le phi ho so ${dossier.code}`, provider_txn_id: null, provider_response_code: null, created_by: input.applicantId,
      created_at: uow.now, paid_at: null, finished_at: null, failure_reason: null, recorded_on_dossier_at: null, record_problem: null,
    };
    await insertPayment(ex, row);
    await scheduleExpiry(uow, row);
    await uow.audit({
      actor: { kind: 'applicant', id: input.applicantId }, action: 'payment.start', entityType: 'payment', entityId: row.id, orgUnitId: dossier.competent_unit_id,
      data: { dossierId: dossier.id, code: dossier.code, amount, txnRef: row.txn_ref, provider: provider.code, replaced: open?.id ?? null }, requestId: input.requestId,
    });
    return row;
  });
  const redirectUrl = provider.createPaymentUrl({
    txnRef: payment.txn_ref, amount: payment.amount, orderInfo: payment.order_info, createdAt: payment.created_at,
    expiresAt: windowEndOf(payment.created_at),
    returnUrl: `${ctx.config.publicBaseUrl}/payment/return`, clientIp: input.clientIp,
  });
  return { paymentId: payment.id, redirectUrl };
}
