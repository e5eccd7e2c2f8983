import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session, TestApp } from '../../test/test-app.ts';
import { testEngines } from '../../test/test-database.ts';
import {
  decide, dossierAwaitingPayment, gatewayResult, runDueJobs, sendIpn, setVnTime, startPaymentTest, started, txnRefOf, vn, type PaymentWorld,
} from './payments.test-support.ts';

describe.each(testEngines())('the daily reconciliation of online payments on %s', (engine) => {
  let t: TestApp;
  let w: PaymentWorld;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    ({ t, w } = await startPaymentTest(engine, '2026-11-23T08:00'));
    const amounts = { a: 100_000, b: 40_000, c: 200_000, d: 50_000, e: 75_000, f: 999_000, g: 30_000 };
    for (const [name, amount] of Object.entries(amounts)) ids[name] = await dossierAwaitingPayment(t, w, w.owner, amount);
    const at = (local: string) => setVnTime(t, local);

    at('2026-11-23T10:00');
    await decide(t, (await started(t, w.owner, ids.a!)).redirectUrl, 'pay');
    at('2026-11-23T11:00');
    await decide(t, (await started(t, w.owner, ids.b!)).redirectUrl, 'cancel');
    // Started just before midnight, paid just after: it counts on the day the money came in.
    at('2026-11-23T23:55');
    const c = await started(t, w.owner, ids.c!);
    at('2026-11-24T00:05');
    expect(await sendIpn(t, gatewayResult(t, { txnRef: txnRefOf(c.redirectUrl), amount: 200_000 }, { vnp_TransactionNo: '90000001' }))).toMatchObject({ RspCode: '00' });
    // Started and abandoned at the gateway: its job expires it once the window and the grace have passed.
    at('2026-11-24T13:00');
    await started(t, w.owner, ids.g!);
    at('2026-11-24T13:30');
    await runDueJobs(t);
    at('2026-11-24T14:00');
    await started(t, w.owner, ids.d!);
    at('2026-11-24T14:05');
    const e = await started(t, w.owner, ids.e!);
    expect(await sendIpn(t, gatewayResult(t, { txnRef: txnRefOf(e.redirectUrl), amount: 75_000 }, { vnp_ResponseCode: '51', vnp_TransactionStatus: '02' }))).toMatchObject({ RspCode: '00' });
    at('2026-11-25T09:00');
    await decide(t, (await started(t, w.owner, ids.f!)).redirectUrl, 'pay');
  }, 90_000);
  afterAll(() => t.close());

  const report = (session: Session, from: string, to: string) => t.app.inject({ method: 'GET', url: `/api/payments/reconciliation?from=${from}&to=${to}`, headers: session.headers });

  it('sums paid, failed, cancelled, expired and pending payments per day, with every payment listed', async () => {
    const res = await report(w.leader, '2026-11-23', '2026-11-24');
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    const none = { count: 0, amount: 0 };
    expect(body.days).toEqual([
      { date: '2026-11-23', paid: { count: 1, amount: 100_000 }, failed: none, cancelled: { count: 1, amount: 40_000 }, expired: none, pending: none },
      {
        date: '2026-11-24', paid: { count: 1, amount: 200_000 }, failed: { count: 1, amount: 75_000 }, cancelled: none, expired: { count: 1, amount: 30_000 },
        pending: { count: 1, amount: 50_000 },
      },
    ]);
    expect(body.totals).toEqual({
      paid: { count: 2, amount: 300_000 }, failed: { count: 1, amount: 75_000 }, cancelled: { count: 1, amount: 40_000 }, expired: { count: 1, amount: 30_000 },
      pending: { count: 1, amount: 50_000 },
    });
    expect(body.rows.map((r: { dossierId: string; status: string; date: string }) => [r.dossierId, r.status, r.date])).toEqual([
      [ids.a, 'paid', '2026-11-23'], [ids.b, 'cancelled', '2026-11-23'], [ids.c, 'paid', '2026-11-24'], [ids.g, 'expired', '2026-11-24'], [ids.d, 'pending', '2026-11-24'],
      [ids.e, 'failed', '2026-11-24'],
    ]);
    expect(body.rows[3]).toMatchObject({ createdAt: vn('2026-11-24T13:00'), paidAt: null, failureReason: 'Hết thời hạn chờ thanh toán', recordedOnDossier: false });
    expect(body.rows[2]).toMatchObject({ providerTxnId: '90000001', competentUnitName: 'Sở Tư pháp', createdAt: vn('2026-11-23T23:55'), paidAt: vn('2026-11-24T00:05'), recordedOnDossier: true });

    const day3 = (await report(w.leader, '2026-11-25', '2026-11-25')).json();
    expect(day3.totals.paid).toEqual({ count: 1, amount: 999_000 });
  });

  it('shows each officer the payments of the dossiers their units handle or received, and nothing to those without the permission', async () => {
    // The receiving desk (provincial centre) reconciles what it received; another department sees none of it.
    expect((await report(w.desk, '2026-11-23', '2026-11-24')).json().totals.paid).toEqual({ count: 2, amount: 300_000 });
    const other = (await report(w.otherLeader, '2026-11-23', '2026-11-24')).json();
    expect(other.days).toEqual([]);
    expect(other.rows).toEqual([]);
    expect((await report(w.specialist, '2026-11-23', '2026-11-24')).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/payments/reconciliation?from=2026-11-23&to=2026-11-24', headers: w.owner.headers })).statusCode).toBe(403);
    const backwards = await report(w.leader, '2026-11-24', '2026-11-23');
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().errors).toEqual([{ path: 'querystring.to', message: 'Ngày kết thúc phải sau ngày bắt đầu' }]);
  });

  it('exports the same report to Excel', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/payments/reconciliation/export?from=2026-11-23&to=2026-11-24', headers: w.leader.headers });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.headers['content-disposition']).toBe('attachment; filename="doi-soat-thanh-toan-2026-11-23-2026-11-24.xlsx"');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const days = wb.getWorksheet('Tổng hợp theo ngày')!;
    const values = (row: number) => (days.getRow(row).values as unknown[]).slice(1);
    expect(values(1)).toEqual([
      'Ngày', 'Số GD thành công', 'Tiền thành công (đồng)', 'Số GD không thành công', 'Tiền không thành công (đồng)', 'Số GD đã hủy', 'Tiền đã hủy (đồng)',
      'Số GD hết hạn', 'Tiền hết hạn (đồng)', 'Số GD đang chờ', 'Tiền đang chờ (đồng)',
    ]);
    expect(values(2)).toEqual(['23/11/2026', 1, 100_000, 0, 0, 1, 40_000, 0, 0, 0, 0]);
    expect(values(3)).toEqual(['24/11/2026', 1, 200_000, 1, 75_000, 0, 0, 1, 30_000, 1, 50_000]);
    expect(values(4)).toEqual(['Tổng cộng', 2, 300_000, 1, 75_000, 1, 40_000, 1, 30_000, 1, 50_000]);
    const rows = wb.getWorksheet('Giao dịch')!;
    expect(rows.rowCount).toBe(7);
    expect((rows.getRow(4).values as unknown[]).slice(1)).toEqual([
      '24/11/2026', expect.any(String), '90000001', expect.any(String), 'Sở Tư pháp', 200_000, 'Thành công', '23/11/2026 23:55', '24/11/2026 00:05', 'Có', '',
    ]);
    expect((rows.getRow(5).values as unknown[]).slice(1)).toEqual([
      '24/11/2026', expect.any(String), '', expect.any(String), 'Sở Tư pháp', 30_000, 'Hết hạn', '24/11/2026 13:00', '', 'Không', 'Hết thời hạn chờ thanh toán',
    ]);
  });
});
