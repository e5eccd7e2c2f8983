/** Contracts of the payments module: zod schemas shared by the API (validation, OpenAPI) and the web client. */
import { z } from 'zod';
import { civilDate, isoInstant } from './common.ts';

/**
 * `cancelled`: by the citizen at the gateway, or by us when a new order replaced it; `expired`: no word from the
 * gateway before the order's window (and a grace period for a late notification) ran out. Money the gateway reports
 * collected on a cancelled or expired order still makes it `paid`.
 */
export const paymentStatuses = ['pending', 'paid', 'failed', 'cancelled', 'expired'] as const;
export const paymentStatusSchema = z.enum(paymentStatuses);
export type PaymentStatus = z.infer<typeof paymentStatusSchema>;

/** Gateways a payment may go through; only the built-in sandbox is implemented, the others plug in behind the same interface. */
export const paymentProviders = ['sandbox', 'vnpay', 'momo', 'payment_platform'] as const;
export const paymentProviderSchema = z.enum(paymentProviders);
export type PaymentProviderCode = z.infer<typeof paymentProviderSchema>;

/** Paid at the gateway, but the dossier could not take it: the desk settles it (refund or manual record). */
export const paymentRecordProblems = ['dossier_not_waiting', 'amount_differs'] as const;

export const startPaymentResult = z.object({
  paymentId: z.string(),
  /** Where the browser goes next: the gateway's payment page, with the signed order. */
  redirectUrl: z.string(),
});
export type StartPaymentResult = z.infer<typeof startPaymentResult>;

/** One payment as its owner (the applicant) sees it. */
export const paymentView = z.object({
  id: z.string(),
  dossierId: z.string(),
  dossierCode: z.string(),
  procedureName: z.string(),
  /** VND. */
  amount: z.number().int(),
  status: paymentStatusSchema,
  provider: paymentProviderSchema,
  txnRef: z.string(),
  /** The gateway's transaction number, once paid. */
  providerTxnId: z.string().nullable(),
  createdAt: isoInstant,
  paidAt: isoInstant.nullable(),
  failureReason: z.string().nullable(),
  /** The payment was recorded against the dossier's obligations (the dossier resumed). */
  recordedOnDossier: z.boolean(),
});
export type PaymentView = z.infer<typeof paymentView>;

/** The gateway's parameters as they came back on the return URL (or in a notification): names and values as strings. */
/** Fields of one payment-gateway message (VNPay's carry about 15): a public route's work stays small. */
const GATEWAY_FIELDS_MAX = 64;
const fewFields = (fields: object) => Object.keys(fields).length <= GATEWAY_FIELDS_MAX;
const tooManyFields = `Tối đa ${GATEWAY_FIELDS_MAX} tham số`;

export const gatewayParams = z.record(z.string().max(100), z.string().max(2000)).refine(fewFields, tooManyFields);
/** A gateway's server-to-server notification: fields other than strings are ignored. */
export const gatewayNotification = z.record(z.string().max(100), z.unknown()).refine(fewFields, tooManyFields);
export type GatewayParams = z.infer<typeof gatewayParams>;

/**
 * What the portal's return page shows. The query string alone is never trusted: the API checks its signature and
 * answers with the payment as stored (set by the gateway's server-to-server notification).
 */
export const paymentReturnResult = z.object({
  signatureValid: z.boolean(),
  payment: z
    .object({
      id: z.string(),
      dossierCode: z.string(),
      amount: z.number().int(),
      status: paymentStatusSchema,
      providerTxnId: z.string().nullable(),
      paidAt: isoInstant.nullable(),
      failureReason: z.string().nullable(),
    })
    .nullable(),
});
export type PaymentReturnResult = z.infer<typeof paymentReturnResult>;

/** The acknowledgement a VNPay-style gateway expects from the merchant's notification endpoint. */
export const gatewayAcknowledgement = z.object({ RspCode: z.string(), Message: z.string() });
export type GatewayAcknowledgement = z.infer<typeof gatewayAcknowledgement>;

export const reconciliationQuery = z.object({ from: civilDate, to: civilDate });
export type ReconciliationQuery = z.infer<typeof reconciliationQuery>;

const bucket = z.object({ count: z.number().int(), amount: z.number().int() });
export type ReconciliationBucket = z.infer<typeof bucket>;

export const reconciliationDay = z.object({
  /** Vietnam civil date: the payment's day of payment if paid, else the day it was started. */
  date: civilDate,
  paid: bucket,
  failed: bucket,
  cancelled: bucket,
  expired: bucket,
  pending: bucket,
});
export type ReconciliationDay = z.infer<typeof reconciliationDay>;

export const reconciliationRow = z.object({
  id: z.string(),
  date: civilDate,
  txnRef: z.string(),
  provider: paymentProviderSchema,
  providerTxnId: z.string().nullable(),
  dossierId: z.string(),
  dossierCode: z.string(),
  competentUnitName: z.string(),
  amount: z.number().int(),
  status: paymentStatusSchema,
  createdAt: isoInstant,
  paidAt: isoInstant.nullable(),
  failureReason: z.string().nullable(),
  recordedOnDossier: z.boolean(),
  recordProblem: z.enum(paymentRecordProblems).nullable(),
});
export type ReconciliationRow = z.infer<typeof reconciliationRow>;

export const reconciliationReport = z.object({
  from: civilDate,
  to: civilDate,
  /** Only days with at least one payment, oldest first. */
  days: z.array(reconciliationDay),
  totals: reconciliationDay.omit({ date: true }),
  rows: z.array(reconciliationRow),
});
export type ReconciliationReport = z.infer<typeof reconciliationReport>;
