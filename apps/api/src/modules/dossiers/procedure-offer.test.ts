import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../test/test-app.ts';
import { testEngines } from '../../test/test-database.ts';
import { loadDemoRecord, PROCEDURE_CODE, publishProcedure, receive, startDossierWorld, type DossierWorld } from './dossiers.test-support.ts';

describe.each(testEngines())('what the portal offers and how the province’s use ranks it on %s', (engine) => {
  let t: TestApp;
  let w: DossierWorld;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    // Monday 23/11/2026, 09:00 Vietnam time.
    ({ t, w } = await startDossierWorld(engine, '2026-11-23T02:00:00.000Z'));
    const base = await loadDemoRecord(PROCEDURE_CODE);
    // Three procedures whose names match the query equally (same tier, sector and length): by name, A, B, C.
    for (const [code, letter] of [['1.999301', 'A'], ['1.999302', 'B'], ['1.999303', 'C']] as const) {
      ids[letter] = await publishProcedure(t, { ...base, code, name: `Cấp thẻ giám định viên tư pháp loại ${letter}` }, [w.units.justice.id]);
    }
    ids.offline = await publishProcedure(t, { ...base, code: '1.999304', name: 'Cấp thẻ giám định viên tư pháp tại quầy', onlineLevel: 'none' }, [w.units.justice.id]);
    ids.national = await publishProcedure(t, { ...base, code: '1.999305', name: 'Cấp thẻ giám định viên tư pháp của Bộ' }, []);
  }, 60_000);
  afterAll(() => t.close());

  it('ranks a procedure with more dossiers in the last 12 months before an equally matching one with fewer', async () => {
    // Received before the first search of this process, so the index is built with these counts.
    for (const letter of ['B', 'B', 'A']) {
      const res = await receive(t, w, { procedureId: ids[letter]! });
      expect(res.statusCode, res.body).toBe(201);
    }
    const page = (await t.app.inject({ method: 'GET', url: '/api/procedures?q=cap%20the%20giam%20dinh%20vien%20tu%20phap%20loai' })).json();
    expect(page.items.map((i: { code: string }) => i.code)).toEqual(['1.999302', '1.999301', '1.999303']);
  });

  it('shows the apply button only for an adopted procedure offered online with a workflow at its agency', async () => {
    const detail = async (code: string) => t.app.inject({ method: 'GET', url: `/api/procedures/${code}` });
    // 1.000426 has its own workflow; 1.999301 gets the province's default one.
    expect((await detail(PROCEDURE_CODE)).json().applyOnline).toBe(true);
    expect((await detail('1.999301')).json().applyOnline).toBe(true);
    expect((await detail('1.999304')).json().applyOnline).toBe(false);
    // Assigned to no agency and on no provincial list or decision: not the province's.
    expect((await detail('1.999305')).statusCode).toBe(404);
  });

  it('refuses a desk receipt of a procedure the province has not adopted', async () => {
    const res = await receive(t, w, { procedureId: ids.national! });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toMatch(/^body\.(procedureId|agencyUnitId)$/);
  });
});
