import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { testEngines } from '../../test/test-database.ts';
import { loadReferenceCalendar } from '../calendar/index.ts';
import { dossierWorld, loadDemoRecord, PROCEDURE_CODE, publishProcedure, receiptBody, receive, type DossierWorld, view } from './dossiers.test-support.ts';

type FieldErrors = { path: string; message: string }[];

describe.each(testEngines())('receiving a dossier at the desk on %s', (engine) => {
  let t: TestApp;
  let w: DossierWorld;
  let onTheSpotId: string;
  let sharedId: string;

  beforeAll(async () => {
    // Sessions outlive the clock jumps of this file.
    t = await createTestApp(engine, { SESSION_IDLE_MINUTES: '100000', SESSION_ABSOLUTE_HOURS: '10000' });
    // As every deployment does at start: the official schedules and the statutory holidays of 2027.
    await loadReferenceCalendar(t.ctx);
    // Monday 23/11/2026, 09:00 Vietnam time.
    t.clock.set(new Date('2026-11-23T02:00:00.000Z'));
    w = await dossierWorld(t);
    const base = await loadDemoRecord(PROCEDURE_CODE);
    onTheSpotId = await publishProcedure(t, { ...base, code: '1.999001', name: 'Chứng thực bản sao từ bản chính (thử nghiệm)', onTheSpot: true }, [w.units.justice.id]);
    sharedId = await publishProcedure(t, { ...base, code: '1.999002', name: 'Thủ tục do hai sở cùng giải quyết (thử nghiệm)' }, [w.units.justice.id, w.units.construction.id]);
  }, 60_000);
  afterAll(() => t.close());

  const countDossiers = async () => Number((await t.ctx.db.selectFrom('dossiers').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  const sequenceOf = (code: string) => Number(code.slice(-4));

  it('refuses an applicant with a bad citizen ID or a bad tax code, with the field path', async () => {
    const badId = await receive(t, w, { applicant: { kind: 'individual', fullName: 'Trần Văn A', citizenId: '05119000123', phone: null, email: null, address: null } });
    expect(badId.statusCode).toBe(400);
    expect(badId.json().errors).toEqual([{ path: 'body.applicant.citizenId', message: 'Số định danh cá nhân phải gồm đúng 12 chữ số' }]);
    const badProvince = await receive(t, w, { applicant: { kind: 'individual', fullName: 'Trần Văn A', citizenId: '999190001234', phone: null, email: null, address: null } });
    expect(badProvince.json().errors[0].path).toBe('body.applicant.citizenId');
    const badTax = await receive(t, w, { applicant: { kind: 'organisation', name: 'Công ty TNHH Sông Trà', taxCode: '4300000009', phone: null, email: null, address: null } });
    expect(badTax.statusCode).toBe(400);
    expect((badTax.json().errors as FieldErrors).map((e) => e.path)).toEqual(['body.applicant.taxCode']);
    expect(await countDossiers()).toBe(0);
  });

  it('lists every missing required document at once, and refuses an unknown variant or a document outside the list', async () => {
    const missing = await receive(t, w, { documents: [] });
    expect(missing.statusCode).toBe(400);
    const errors = missing.json().errors as FieldErrors;
    expect(errors).toHaveLength(3);
    expect(errors.every((e) => e.path === 'body.documents' && e.message.startsWith('Thiếu giấy tờ: '))).toBe(true);
    expect(errors.map((e) => e.message)).toContain('Thiếu giấy tờ: Giấy đề nghị cấp Thẻ tư vấn viên pháp luật');

    const short = await receive(t, w, { documents: receiptBody(w).documents.map((d) => (d.requirement === 1 ? { ...d, originals: 0, copies: 1 } : d)) });
    expect((short.json().errors as FieldErrors).map((e) => e.message)).toEqual(['Chưa đủ số lượng: Giấy đề nghị cấp Thẻ tư vấn viên pháp luật (cần 1 bản chính, 0 bản sao)']);

    const outside = await receive(t, w, { documents: [...receiptBody(w).documents, { requirement: 9, name: 'Giấy lạ', originals: 1, copies: 0 }] });
    expect((outside.json().errors as FieldErrors).map((e) => e.path)).toEqual(['body.documents.3.requirement']);

    const variant = await receive(t, w, { variantKey: 'v9' });
    expect(variant.statusCode).toBe(400);
    expect(variant.json().errors).toEqual([{ path: 'body.variantKey', message: 'Thủ tục không có trường hợp (biến thể) này' }]);
    expect(await countDossiers()).toBe(0);
  });

  it('receives an organisation by post, with the postal channel and the tax code', async () => {
    const res = await receive(t, w, {
      channel: 'postal',
      applicant: { kind: 'organisation', name: 'Trung tâm Tư vấn pháp luật Sông Trà', taxCode: '4300000008', representative: 'Lê Văn Bình', phone: null, email: null, address: 'Quảng Ngãi' },
    });
    expect(res.statusCode, res.body).toBe(201);
    const d = await view(t, w.desk, res.json().id);
    expect(d).toMatchObject({ channel: 'postal', applicant: { kind: 'organisation', name: 'Trung tâm Tư vấn pháp luật Sông Trà', identifier: '4300000008' }, status: 'received' });
    expect(d.code).toBe('51.STP-261123-0001');
    expect(d.dueAt).toBe('2026-11-30T02:00:00.000Z');
    expect(d.actions[0]).toMatchObject({ action: 'receive', data: { channel: 'postal' } });
  });

  it('routes to the competent agency whatever desk received it', async () => {
    // The commune centre receives the provincial procedure: it goes to Sở Tư pháp, from the commune desk.
    const res = await receive(t, w, {}, w.communeDesk);
    expect(res.statusCode, res.body).toBe(201);
    const d = res.json();
    expect(d).toMatchObject({ receivingUnit: { id: w.units.communeCentre.id }, competentUnit: { id: w.units.justice.id }, currentUnit: { id: w.units.communeCentre.id } });
    expect(d.code).toBe('51.STP-261123-0002');
    // The provincial desk does not see the commune's dossier; Sở Tư pháp does.
    expect((await t.app.inject({ method: 'GET', url: `/api/dossiers/${d.id}`, headers: w.desk.headers })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: `/api/dossiers/${d.id}`, headers: w.specialist.headers })).statusCode).toBe(200);
  });

  it('asks which agency when the procedure is assigned to several, and codes the dossier with the chosen one', async () => {
    const unsure = await receive(t, w, { procedureId: sharedId });
    expect(unsure.statusCode).toBe(400);
    expect(unsure.json().errors).toEqual([{ path: 'body.agencyUnitId', message: 'Hãy chọn cơ quan giải quyết' }]);
    const wrong = await receive(t, w, { procedureId: sharedId, agencyUnitId: w.units.commune.id });
    expect(wrong.json().errors[0].path).toBe('body.agencyUnitId');
    const chosen = await receive(t, w, { procedureId: sharedId, agencyUnitId: w.units.construction.id });
    expect(chosen.statusCode, chosen.body).toBe(201);
    expect(await view(t, w.desk, chosen.json().id)).toMatchObject({ competentUnit: { id: w.units.construction.id }, code: '51.SXD-261123-0001', workflow: { name: 'Quy trình mặc định cấp tỉnh', isDefault: true } });
  });

  it('records an on-the-spot procedure without a receipt, and refuses on-the-spot for a procedure that is not', async () => {
    const refused = await receive(t, w, { onTheSpot: true });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors).toEqual([{ path: 'body.onTheSpot', message: 'Thủ tục này không được giải quyết ngay trong ngày' }]);
    const res = await receive(t, w, { procedureId: onTheSpotId, onTheSpot: true });
    expect(res.statusCode, res.body).toBe(201);
    const d = await view(t, w.desk, res.json().id);
    expect(d).toMatchObject({ onTheSpot: true, status: 'received', procedure: { code: '1.999001' } });
    const slip = await t.app.inject({ method: 'GET', url: `/api/dossiers/${d.id}/receipt`, headers: w.desk.headers });
    expect(slip.statusCode).toBe(404);
    expect(slip.json().detail).toBe('Hồ sơ giải quyết ngay không có giấy tiếp nhận và hẹn trả kết quả.');
  });

  it('replays a retried receipt: same answer, one dossier, the sequence taken once', async () => {
    const before = await countDossiers();
    const headers = { ...w.desk.headers, 'idempotency-key': 'receipt-retry-1' };
    const payload = receiptBody(w, { applicant: { kind: 'individual', fullName: 'Phạm Thị Retry', citizenId: '051190009999', phone: null, email: null, address: null } });
    const first = await t.app.inject({ method: 'POST', url: '/api/dossiers', headers, payload });
    const retry = await t.app.inject({ method: 'POST', url: '/api/dossiers', headers, payload });
    expect(first.statusCode, first.body).toBe(201);
    expect(retry.statusCode).toBe(201);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.json()).toEqual(first.json());
    expect(await countDossiers()).toBe(before + 1);
    const next = (await receive(t, w)).json();
    expect(sequenceOf(next.code)).toBe(sequenceOf(first.json().code) + 1);
    // The same key for another request is refused, not silently replayed.
    const other = await t.app.inject({ method: 'POST', url: '/api/dossiers', headers, payload: { ...payload, sets: 2 } });
    expect(other.statusCode).toBe(422);
  });

  it('gives a rolled-back receipt no number: the next one takes it, without a gap', async () => {
    const last = sequenceOf((await receive(t, w)).json().code);
    // A failure after the number was taken (a document row the database refuses) rolls the whole receipt back.
    if (engine === 'sqlite') {
      await sql`create trigger refuse_document before insert on dossier_documents when new.name = 'LỖI GHI' begin select raise(abort, 'refused'); end`.execute(t.ctx.db);
    } else {
      await sql`create function refuse_document() returns trigger language plpgsql as $$ begin if new.name = 'LỖI GHI' then raise exception 'refused'; end if; return new; end $$`.execute(t.ctx.db);
      await sql`create trigger refuse_document before insert on dossier_documents for each row execute function refuse_document()`.execute(t.ctx.db);
    }
    const before = await countDossiers();
    const jobsBefore = await t.ctx.db.selectFrom('jobs').select('id').execute();
    const failed = await receive(t, w, { documents: [...receiptBody(w).documents, { requirement: null, name: 'LỖI GHI', originals: 1, copies: 0 }] });
    expect(failed.statusCode).toBe(500);
    expect(await countDossiers()).toBe(before);
    expect(await t.ctx.db.selectFrom('jobs').select('id').execute()).toHaveLength(jobsBefore.length);
    const next = await receive(t, w);
    expect(next.statusCode).toBe(201);
    expect(sequenceOf(next.json().code)).toBe(last + 1);
  });

  it('numbers twenty simultaneous receipts without a gap or a duplicate', async () => {
    t.clock.set(new Date('2026-11-24T02:00:00.000Z'));
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => receive(t, w, { requestSummary: `Hồ sơ đồng thời ${i}` })));
    expect(results.map((r) => r.statusCode)).toEqual(Array(20).fill(201));
    const codes = results.map((r) => r.json().code as string).sort();
    expect(codes).toEqual(Array.from({ length: 20 }, (_, i) => `51.STP-261124-${String(i + 1).padStart(4, '0')}`));
    const stored = await t.ctx.db.selectFrom('dossier_code_sequences').selectAll().where('agency_code', '=', '51.STP').where('receipt_date', '=', '2026-11-24').executeTakeFirstOrThrow();
    expect(Number(stored.last_value)).toBe(20);
  }, 30_000);

  it('shows the desk what a procedure needs: variants, checklist, agency, the due date if received now', async () => {
    const res = await t.app.inject({ method: 'GET', url: `/api/dossiers/intake?procedureId=${w.procedureId}`, headers: w.desk.headers });
    expect(res.statusCode, res.body).toBe(200);
    const o = res.json();
    expect(o.procedure).toMatchObject({ code: PROCEDURE_CODE, onTheSpot: false });
    expect(o.receivingUnits).toEqual([{ id: w.units.centre.id, name: w.units.centre.name }]);
    expect(o.agencies).toEqual([{ id: w.units.justice.id, name: 'Sở Tư pháp' }]);
    expect(o.suggestedAgencyId).toBe(w.units.justice.id);
    expect(o.variants).toHaveLength(1);
    expect(o.variants[0]).toMatchObject({ key: 'v1', timeLimitText: '5 ngày làm việc', hasApprovedWorkflow: true, dueAtIfReceivedNow: '2026-12-01T02:00:00.000Z' });
    expect(o.variants[0].documents.map((d: { position: number; required: boolean }) => [d.position, d.required])).toEqual([[0, true], [1, true], [2, true]]);
    const shared = (await t.app.inject({ method: 'GET', url: `/api/dossiers/intake?procedureId=${sharedId}`, headers: w.desk.headers })).json();
    expect(shared.suggestedAgencyId).toBeNull();
    expect(shared.agencies).toHaveLength(2);
    // Only desks receive.
    expect((await t.app.inject({ method: 'GET', url: `/api/dossiers/intake?procedureId=${w.procedureId}`, headers: w.specialist.headers })).statusCode).toBe(403);
  });

  it('sets the due date from the working calendar, skipping the New Year holiday', async () => {
    // Wednesday 30/12/2026 09:00; Friday 01/01/2027 is a public holiday, the weekend is off.
    t.clock.set(new Date('2026-12-30T02:00:00.000Z'));
    const d = await view(t, w.desk, (await receive(t, w)).json().id);
    expect(d.dueAt).toBe('2027-01-07T02:00:00.000Z');
    expect(d.clock.explanation.join('\n')).toContain('2027-01-01');
  });

  it("keeps the desk's register by receipt date, only for its own desk", async () => {
    const day = async (date: string, session = w.desk) =>
      (await t.app.inject({ method: 'GET', url: `/api/dossiers/register?from=${date}&to=${date}`, headers: session.headers })).json();
    const monday = await day('2026-11-23');
    const tuesday = await day('2026-11-24');
    expect(tuesday.total).toBe(20);
    expect(monday.items.every((i: { receivedAt: string }) => i.receivedAt.startsWith('2026-11-23'))).toBe(true);
    expect(monday.items.every((i: { receivingUnit: { id: string } }) => i.receivingUnit.id === w.units.centre.id)).toBe(true);
    const mondayCodes = monday.items.map((i: { code: string }) => i.code);
    expect(mondayCodes).not.toContain('51.STP-261123-0002');
    const ordered = [...monday.items].sort((a: { receivedAt: string; code: string }, b: { receivedAt: string; code: string }) => a.receivedAt.localeCompare(b.receivedAt) || a.code.localeCompare(b.code));
    expect(monday.items).toEqual(ordered);
    const commune = await day('2026-11-23', w.communeDesk);
    expect(commune.items.map((i: { code: string }) => i.code)).toEqual(['51.STP-261123-0002']);
    const bad = await t.app.inject({ method: 'GET', url: '/api/dossiers/register?from=2026-11-24&to=2026-11-23', headers: w.desk.headers });
    expect(bad.json().errors[0].path).toBe('querystring.to');
  });

  it('receives a checklist whose document name is longer than 500 characters, and keeps the name whole', async () => {
    // Đăng ký tạm trú (1.004194), one of the 113 demo procedures whose checklist names a document of more than 500 characters.
    const procedureId = await publishProcedure(t, await loadDemoRecord('1.004194'), [w.units.construction.id]);
    const intake = (await t.app.inject({ method: 'GET', url: `/api/dossiers/intake?procedureId=${procedureId}`, headers: w.desk.headers })).json();
    const checklist = (intake.variants[0].documents as { position: number; kind: string; name: string; originals: number; copies: number }[]).filter((d) => d.kind !== 'note');
    const long = checklist.find((d) => d.name.startsWith('Thông tin chứng minh về chỗ ở hợp pháp được khai thác trong căn cước điện tử'))!;
    expect(long.name).toHaveLength(656);
    expect(long.name.endsWith('theo quy định tại khoản 3 Điều 5 Nghị định 154/2024/NĐ-CP ngày 26/11/2024 của Chính phủ.')).toBe(true);

    const documents = checklist.map((d) => ({ requirement: d.position, name: d.name, originals: Math.max(d.originals, 1), copies: d.copies }));
    const res = await receive(t, w, { procedureId, requestSummary: 'Đăng ký tạm trú', documents });
    expect(res.statusCode, res.body).toBe(201);
    const d = await view(t, w.desk, res.json().id);
    expect(d.documents.find((x: { position: number }) => x.position === long.position).name).toBe(long.name);
    const receipt = (await t.app.inject({ method: 'GET', url: `/api/dossiers/${d.id}/receipt`, headers: w.desk.headers })).json();
    expect(receipt.documents.map((x: { name: string }) => x.name)).toContain(long.name);
  });
});
