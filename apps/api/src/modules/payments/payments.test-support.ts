import { expect } from 'vitest';
import type { Engine } from '../../db/database.ts';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { registerAndLogIn } from '../applicants/applicants.test-support.ts';
import { act, dossierWorld, receive, type DossierWorld } from '../dossiers/dossiers.test-support.ts';
import { SANDBOX_TMN_CODE } from './providers/sandbox-provider.ts';
import { signedQuery } from './sandbox-gateway/gateway-signature.ts';

export type Applicant = Awaited<ReturnType<typeof registerAndLogIn>>;

export interface PaymentWorld extends DossierWorld {
  owner: Applicant;
  stranger: Applicant;
}

/** Vietnam local time ("2026-11-23T09:00") as a UTC instant. */
export const vn = (local: string) => new Date(`${local}:00+07:00`).toISOString();

/** Sets the test's clock to Vietnam local time `local`. */
export const setVnTime = (t: TestApp, local: string) => t.clock.set(new Date(vn(local)));

/** Runs every job that is due now, and those they enqueue, until none is left. */
export async function runDueJobs(t: TestApp): Promise<void> {
  while ((await t.worker.runOnce()) > 0);
}

export async function paymentWorld(t: TestApp): Promise<PaymentWorld> {
  const w = await dossierWorld(t);
  return { ...w, owner: await registerAndLogIn(t), stranger: await registerAndLogIn(t) };
}

/** A test app on `engine` at Vietnam local time `local`, with sessions that outlive the test's clock jumps, and its payment world. */
export async function startPaymentTest(engine: Engine, local: string): Promise<{ t: TestApp; w: PaymentWorld }> {
  const t = await createTestApp(engine, { SESSION_IDLE_MINUTES: '1000000', SESSION_ABSOLUTE_HOURS: '100000' });
  t.clock.set(new Date(vn(local)));
  return { t, w: await paymentWorld(t) };
}

/** A dossier of `owner`'s portal account, received, assigned and now waiting for a fee of `amount` VND. */
export async function dossierAwaitingPayment(t: TestApp, w: PaymentWorld, owner: Applicant = w.owner, amount = 100_000): Promise<string> {
  const res = await receive(t, w);
  expect(res.statusCode, res.body).toBe(201);
  const id = res.json().id as string;
  await t.ctx.db.updateTable('dossiers').set({ applicant_account_id: owner.accountId }).where('id', '=', id).execute();
  for (const [session, action, body] of [
    [w.desk, 'transfer', {}],
    [w.leader, 'assign', { assigneeId: w.officers.specialist }],
    [w.specialist, 'request_financial_obligation', { obligation: { description: 'Lệ phí cấp thẻ tư vấn viên pháp luật', amount } }],
  ] as const) {
    const done = await act(t, session, id, action, body);
    expect(done.statusCode, `${action}: ${done.body}`).toBe(200);
  }
  return id;
}

export const startPayment = (t: TestApp, applicant: { headers: Record<string, string> }, dossierId: string) =>
  t.app.inject({ method: 'POST', url: `/api/portal/dossiers/${dossierId}/payments`, headers: applicant.headers });

/** Starts a payment and expects it to open. */
export async function started(t: TestApp, applicant: Applicant, dossierId: string): Promise<{ paymentId: string; redirectUrl: string }> {
  const res = await startPayment(t, applicant, dossierId);
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

/** Our order reference, as the gateway URL of an order carries it. */
export const txnRefOf = (redirectUrl: string) => new URL(redirectUrl).searchParams.get('vnp_TxnRef')!;

/** The path and query of an absolute URL, to inject it. */
export const local = (url: string) => {
  const u = new URL(url);
  return `${u.pathname}${u.search}`;
};

/** The hidden fields of the gateway's payment form. */
export function formFields(html: string): Record<string, string> {
  const unescape = (s: string) => s.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  return Object.fromEntries([...html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)].map((m) => [unescape(m[1]!), unescape(m[2]!)]));
}

export const openGateway = (t: TestApp, redirectUrl: string) => t.app.inject({ method: 'GET', url: local(redirectUrl) });

/** The citizen presses "Thanh toán" or "Hủy giao dịch" on the gateway's page. */
export async function decide(t: TestApp, redirectUrl: string, decision: 'pay' | 'cancel') {
  const page = await openGateway(t, redirectUrl);
  expect(page.statusCode, page.body).toBe(200);
  const body = new URLSearchParams({ ...formFields(page.body), decision }).toString();
  const res = await t.app.inject({ method: 'POST', url: '/sandbox-gateway/pay', headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: body });
  expect(res.statusCode, res.body).toBe(303);
  return { location: res.headers.location as string, result: Object.fromEntries(new URL(res.headers.location as string).searchParams) };
}

/** A result as the gateway would sign it (or, with another secret, as a forger would). */
export function gatewayResult(t: TestApp, order: { txnRef: string; amount: number }, overrides: Record<string, string> = {}, secret = t.ctx.config.payments.sandboxSecret) {
  const params: Record<string, string> = {
    vnp_TmnCode: SANDBOX_TMN_CODE, vnp_Amount: String(order.amount * 100), vnp_TxnRef: order.txnRef, vnp_OrderInfo: 'Thanh toan phi, le phi', vnp_PayDate: '20261123093000',
    vnp_BankCode: 'NCB', vnp_CardType: 'ATM', vnp_TransactionNo: '14512345', vnp_BankTranNo: 'VNP14512345', vnp_ResponseCode: '00', vnp_TransactionStatus: '00', ...overrides,
  };
  return Object.fromEntries(new URLSearchParams(signedQuery(secret, params)));
}

export async function sendIpn(t: TestApp, params: Record<string, string>): Promise<{ RspCode: string; Message: string }> {
  const res = await t.app.inject({ method: 'POST', url: '/api/payments/sandbox/ipn', payload: params });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

export const paymentRow = (t: TestApp, id: string) => t.ctx.db.selectFrom('payments').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
export const dossierRow = (t: TestApp, id: string) => t.ctx.db.selectFrom('dossiers').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
export const recordPaymentActions = (t: TestApp, dossierId: string) =>
  t.ctx.db.selectFrom('dossier_actions').select(['actor_kind', 'data']).where('dossier_id', '=', dossierId).where('action', '=', 'record_payment').execute();
