/**
 * Issue 12's acceptance: every procedure the province performs, imported from the real national records and
 * adopted for the demo agencies, can be read, received at a desk with only its unconditional documents and
 * applied for online — on both engines.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_DECLARATIONS } from '../seed/e-forms/sample-declarations.test-support.ts';
import { registerAndLogIn } from '../modules/applicants/applicants.test-support.ts';
import { uploadId } from '../modules/dossiers/online/online.test-support.ts';
import { createTestApp, type TestApp } from '../test/test-app.ts';
import { testEngines } from '../test/test-database.ts';
import { realCatalogWorld, unconditionalDocuments, type PublicDocument, type RealCatalogWorld } from './real-catalog.test-support.ts';

interface PublicVariant {
  key: string;
  name: string;
  eForm: Record<string, unknown> | null;
  channels: { channel: string }[];
  documents: (PublicDocument & { position: number })[];
}

/** The demo's e-forms are the province's; each has a realistic declaration the test fills in. */
function declarationFor(code: string): Record<string, unknown> {
  const declaration = SAMPLE_DECLARATIONS[code];
  if (!declaration) throw new Error(`no sample declaration for the e-form of ${code}`);
  return declaration;
}

const APPLICANT = { kind: 'individual', fullName: 'Nguyễn Thị Hồng Nhung', citizenId: '051190001234', phone: '0912345678', email: null, address: 'Phường Cẩm Thành, tỉnh Quảng Ngãi' };

describe.each(testEngines())('the real national catalog, adopted by the province, on %s', (engine) => {
  let t: TestApp;
  let w: RealCatalogWorld;

  beforeAll(async () => {
    t = await createTestApp(engine, { SESSION_IDLE_MINUTES: '1000000', SESSION_ABSOLUTE_HOURS: '100000', PUBLIC_RATE_PER_MINUTE: '1000000' });
    t.clock.set(new Date('2026-12-01T02:00:00.000Z'));
    w = await realCatalogWorld(t);
  }, 600_000);
  afterAll(() => t?.close());

  it('imports all 2,378 records and adopts the province and commune procedures of its own agencies', () => {
    expect(w.imported).toBe(2378);
    // Province- and commune-level records outside vertical sectors (customs, tax, banking, courts, maritime…).
    expect(w.adopted.length).toBeGreaterThan(900);
    expect(w.adopted.map((p) => p.code)).toEqual(expect.arrayContaining(['1.001193', '1.000656', '1.000894', '1.010041', '1.001612', '1.013236', '2.000884']));
  });

  it('answers every adopted procedure page and receives every variant with only its unconditional documents', async () => {
    const failures: string[] = [];
    let receipts = 0;
    for (const p of w.adopted) {
      const page = await t.app.inject({ method: 'GET', url: `/api/procedures/${p.code}` });
      if (page.statusCode !== 200) {
        failures.push(`${p.code} page ${page.statusCode}`);
        continue;
      }
      const desk = p.level === 'commune' ? w.communeDesk : w.provinceDesk;
      for (const v of page.json().variants as PublicVariant[]) {
        const documents = unconditionalDocuments(v.documents, 'in_person').map((d) => ({ requirement: d.position, name: d.name, originals: d.originals, copies: d.copies }));
        const res = await t.app.inject({
          method: 'POST', url: '/api/dossiers', headers: desk.headers,
          payload: { procedureId: p.id, variantKey: v.key, agencyUnitId: p.agencyUnitId, channel: 'in_person', applicant: APPLICANT, documents, cases: {} },
        });
        if (res.statusCode !== 201) failures.push(`${p.code}/${v.key} receipt ${res.statusCode} ${res.body.slice(0, 300)}`);
        else receipts += 1;
      }
    }
    expect(failures).toEqual([]);
    expect(receipts).toBeGreaterThan(w.adopted.length);
  }, 900_000);

  it('takes an online application for every variant of every adopted procedure offered online', async () => {
    const citizen = (await registerAndLogIn(t, { verified: true })).headers;
    const fileId = await uploadId(t, citizen);
    const failures: string[] = [];
    let submitted = 0;
    for (const p of w.adopted) {
      const page = await t.app.inject({ method: 'GET', url: `/api/procedures/${p.code}` });
      if (page.statusCode !== 200) {
        failures.push(`${p.code} page ${page.statusCode}`);
        continue;
      }
      const detail = page.json();
      if (detail.onlineLevel === 'none') continue;
      for (const v of detail.variants as PublicVariant[]) {
        const documents = unconditionalDocuments(v.documents, 'online').map((d) => ({ requirement: d.position, fileId }));
        const draft = await t.app.inject({
          method: 'POST', url: '/api/portal/drafts', headers: citizen,
          payload: { procedureCode: p.code, variantKey: v.key, agencyUnitId: p.agencyUnitId, applicant: APPLICANT, formData: v.eForm ? declarationFor(p.code) : {}, cases: {}, documents },
        });
        if (draft.statusCode !== 201) {
          failures.push(`${p.code}/${v.key} draft ${draft.statusCode} ${draft.body.slice(0, 300)}`);
          continue;
        }
        const res = await t.app.inject({ method: 'POST', url: `/api/portal/drafts/${draft.json().id}/submit`, headers: citizen });
        if (res.statusCode !== 201) failures.push(`${p.code}/${v.key} submit ${res.statusCode} ${res.body.slice(0, 300)}`);
        else submitted += 1;
      }
    }
    expect(failures).toEqual([]);
    expect(submitted).toBeGreaterThan(500);
  }, 900_000);
});
