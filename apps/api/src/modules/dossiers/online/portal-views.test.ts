import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../../test/test-app.ts';
import { testEngines } from '../../../test/test-database.ts';
import { dossierAwaitingPayment, paymentWorld, type PaymentWorld } from '../../payments/payments.test-support.ts';
import { act } from '../dossiers.test-support.ts';
import { APPLICANT, createOnlineApp, FORM_DATA, PDF, portalView, upload } from './online.test-support.ts';

/** What the portal's pages need beyond the dossier itself: the file in each slot of a resumed draft, and the fee to pay. */
describe.each(testEngines())('the portal shows draft files and open fees on %s', (engine) => {
  let t: TestApp;
  let w: PaymentWorld;

  beforeAll(async () => {
    t = await createOnlineApp(engine);
    w = await paymentWorld(t);
  }, 60_000);
  afterAll(() => t.close());

  it('names the uploaded file in each slot of a resumed draft, in the draft and in the list', async () => {
    const uploaded = await upload(t, w.owner.headers, PDF, 'bang-cu-nhan-luat.pdf');
    expect(uploaded.statusCode, uploaded.body).toBe(201);
    const created = await t.app.inject({
      method: 'POST', url: '/api/portal/drafts', headers: w.owner.headers,
      payload: { procedureCode: '1.000426', variantKey: 'v1', applicant: APPLICANT, formData: FORM_DATA, documents: [{ requirement: 2, fileId: uploaded.json().id }] },
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json().documents).toEqual([{ requirement: 2, fileId: uploaded.json().id, fileName: 'bang-cu-nhan-luat.pdf' }]);

    const resumed = await t.app.inject({ method: 'GET', url: `/api/portal/drafts/${created.json().id}`, headers: w.owner.headers });
    expect(resumed.json().documents[0].fileName).toBe('bang-cu-nhan-luat.pdf');
    const list = await t.app.inject({ method: 'GET', url: '/api/portal/drafts', headers: w.owner.headers });
    expect(list.json().items.map((d: { documents: { fileName?: string }[] }) => d.documents[0]?.fileName)).toEqual(['bang-cu-nhan-luat.pdf']);

    // Saving the draft as it came back (file names included) keeps it as it was.
    const saved = await t.app.inject({ method: 'PUT', url: `/api/portal/drafts/${created.json().id}`, headers: w.owner.headers, payload: resumed.json() });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().documents).toEqual(created.json().documents);
  });

  it('lists the fee the applicant owes on their dossier page, and shows it paid once the desk records the payment', async () => {
    const id = await dossierAwaitingPayment(t, w, w.owner, 350_000);
    const owing = (await portalView(t, w.owner.headers, id)).json();
    expect(owing.status).toBe('financial_obligation_requested');
    expect(owing.obligations).toEqual([{ description: 'Lệ phí cấp thẻ tư vấn viên pháp luật', amount: 350_000, requestedAt: expect.any(String), paidAt: null }]);

    const paid = await act(t, w.desk, id, 'record_payment', { payment: { receiptNumber: 'BL-2026-0042', method: 'cash' } });
    expect(paid.statusCode, paid.body).toBe(200);
    const after = (await portalView(t, w.owner.headers, id)).json();
    expect(after.obligations).toHaveLength(1);
    expect(after.obligations[0].paidAt).toEqual(expect.any(String));
  });
});
