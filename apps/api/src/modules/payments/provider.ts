import type { PaymentProviderCode } from '@motcua/shared';

/** What we ask a gateway to collect. */
export interface PaymentOrder {
  /** Our reference, unique per payment; the gateway's notifications name the payment by it. */
  txnRef: string;
  /** Integer VND. */
  amount: number;
  /** Plain ASCII description shown by the gateway (gateways refuse diacritics and special characters). */
  orderInfo: string;
  /** ISO instant the order was created. */
  createdAt: string;
  /** ISO instant after which the gateway must refuse to collect. */
  expiresAt: string;
  /** Where the gateway sends the citizen's browser back to. */
  returnUrl: string;
  /** The citizen's IP address, as gateways ask for it. */
  clientIp: string;
}

/** A gateway message (return URL or server-to-server notification) whose signature checked out. */
export interface VerifiedGatewayResult {
  ok: true;
  txnRef: string;
  /** Integer VND, as the gateway states it. */
  amount: number;
  outcome: 'paid' | 'failed' | 'cancelled';
  /** The gateway's own transaction number (the receipt of an online payment). */
  providerTxnId: string | null;
  responseCode: string;
  /** Vietnamese reason of a failure or cancellation. */
  reason: string | null;
}

/** A message we refuse: wrong signature (tampered, or not from the gateway) or signed but unreadable. */
export interface RefusedGatewayResult {
  ok: false;
  problem: 'bad_signature' | 'malformed';
  /** As claimed by the message, for the notification log only: never trusted. */
  txnRef: string | null;
}

export type GatewayResult = VerifiedGatewayResult | RefusedGatewayResult;

/** How we answered a notification; each gateway words the acknowledgement its own way. */
export type NotificationAnswer = 'confirmed' | 'already_confirmed' | 'not_found' | 'amount_mismatch' | 'bad_signature' | 'malformed';

/**
 * A payment gateway (VNPay, MoMo, the national payment platform, or the built-in sandbox). Pure: no I/O, no
 * database; the use cases decide what a verified result does.
 */
export interface PaymentProvider {
  readonly code: PaymentProviderCode;
  /** The URL the citizen's browser is redirected to, carrying the signed order. */
  createPaymentUrl(order: PaymentOrder): string;
  /** Checks the parameters the gateway put on the return URL. */
  verifyReturn(query: Record<string, string>): GatewayResult;
  /** Checks a server-to-server notification (IPN). */
  verifyNotification(payload: Record<string, string>): GatewayResult;
  /** The body the gateway expects in answer to its notification. */
  acknowledge(answer: NotificationAnswer): { code: string; body: Record<string, string> };
}
