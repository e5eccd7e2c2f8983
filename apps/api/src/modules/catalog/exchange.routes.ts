import { exportQuery, importPackageBody, importReport } from '@motcua/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../../platform/auth/auth.plugin.ts';
import { withUnitOfWork, type AppContext } from '../../platform/context.ts';
import { assertCanManageProcedure } from './catalog.policy.ts';
import { catalogWorkbook } from './export/excel.ts';
import { cpsvJsonLd } from './export/cpsv-jsonld.ts';
import { loadExportEntries } from './export/export-records.ts';
import { OpenDataCache } from './export/open-data-cache.ts';
import { isZip, parseCatalogWorkbook } from './import/excel-import.ts';
import { importBatch } from './import/import-records.ts';
import { AppError } from '../../platform/errors.ts';
import { catalogRevision } from './search.queries.ts';
import { readFilePart } from '../../platform/files/multipart.ts';
import { expectCatalogChange } from './search.service.ts';
import { fromNationalPackage, toNationalPackage, type NationalPackage } from './import/national-package.ts';

const tags = ['Nhập, xuất danh mục TTHC'];
const manage = { auth: { permission: 'catalog.manage' as const } };
const csv = (v: string | undefined) => (v ? v.split(',').map((s) => s.trim()).filter(Boolean) : undefined);

export function exchangeRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  // Links use the configured address, not the request's Host header (a client's choice) nor its scheme (a proxy's).
  const openData = new OpenDataCache(async (sectors, levels) =>
    JSON.stringify(cpsvJsonLd(await loadExportEntries(ctx.db, { scope: 'published', sectors, levels }), ctx.config.publicBaseUrl)),
  );

  r.post('/api/catalog/import/national-package', {
    schema: { tags, summary: 'Nhập gói thủ tục theo cấu trúc CSDL quốc gia (tạo phiên bản nháp)', body: importPackageBody, response: { 200: importReport } },
    config: manage,
    bodyLimit: 20 * 1024 * 1024,
  }, async (request) => {
    const actor = requireActor(request);
    // A package may touch any procedure of the province-wide catalog.
    assertCanManageProcedure(actor, 'catalog.manage', null);
    expectCatalogChange(ctx.db);
    const parsed = request.body.records.map((p) => fromNationalPackage(p as unknown as NationalPackage));
    const records = await withUnitOfWork(ctx, (uow) =>
      importBatch(uow, parsed.map((p) => ({ record: p.record, issues: p.issues, decisionNumber: p.decisionNumber })), { publish: false, source: 'package', actor: { kind: 'officer', id: actor.id }, requestId: request.id }),
    );
    const count = (o: string) => records.filter((x) => x.outcome === o).length;
    return { total: records.length, created: count('created'), updated: count('updated'), unchanged: count('unchanged'), failed: 0, fields: {}, records };
  });

  r.post('/api/catalog/import/procedures.xlsx', {
    schema: { tags, summary: 'Nhập danh mục từ tệp Excel theo mẫu xuất (tạo phiên bản nháp)', consumes: ['multipart/form-data'], response: { 200: importReport } },
    config: manage,
  }, async (request) => {
    const actor = requireActor(request);
    assertCanManageProcedure(actor, 'catalog.manage', null);
    // Size limit: the multipart plugin's fileSize (config.files.maxBytes) answers 413.
    const file = await readFilePart(request);
    if (!file || file.part.fieldname !== 'file') throw new AppError('VALIDATION_FAILED', { errors: [{ path: 'body.file', message: 'Chưa chọn tệp Excel (trường file)' }] });
    const { bytes } = file;
    if (!isZip(bytes)) throw new AppError('UNSUPPORTED_FILE_TYPE', { detail: 'Chỉ nhận bảng tính Excel (.xlsx).' });
    const { items, failed } = await parseCatalogWorkbook(bytes);
    expectCatalogChange(ctx.db);
    const records = await withUnitOfWork(ctx, (uow) =>
      importBatch(uow, items, { publish: false, source: 'spreadsheet', actor: { kind: 'officer', id: actor.id }, requestId: request.id }),
    );
    const all = [...records, ...failed];
    const count = (o: string) => all.filter((x) => x.outcome === o).length;
    return { total: all.length, created: count('created'), updated: count('updated'), unchanged: count('unchanged'), failed: failed.length, fields: {}, records: all };
  });

  r.get('/api/catalog/export/national-package', {
    schema: { tags, summary: 'Xuất danh mục theo cấu trúc gói CSDL quốc gia', querystring: exportQuery, response: { 200: z.array(z.looseObject({ MATTHC: z.string() })) } },
    config: manage,
  }, async (request) => {
    const q = request.query;
    const entries = await loadExportEntries(ctx.db, { scope: q.scope, sectors: csv(q.sector), levels: csv(q.level) });
    return entries.map((e) => toNationalPackage(e.record, { status: e.procedure.status, version: e.versionNumber, decisionNumber: e.decisionNumber }));
  });

  r.get('/api/catalog/export/procedures.xlsx', {
    schema: { tags, summary: 'Xuất danh mục ra Excel', querystring: exportQuery },
    config: manage,
  }, async (request, reply) => {
    const q = request.query;
    const entries = await loadExportEntries(ctx.db, { scope: q.scope, sectors: csv(q.sector), levels: csv(q.level) });
    return reply
      .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('content-disposition', 'attachment; filename="danh-muc-tthc.xlsx"')
      .send(await catalogWorkbook(entries));
  });

  r.get('/api/catalog/open-data.jsonld', {
    schema: { tags, summary: 'Dữ liệu mở CPSV-AP (JSON-LD) của các thủ tục đang có hiệu lực', querystring: exportQuery.omit({ scope: true }) },
    config: { auth: 'public', rateLimit: { max: 30, timeWindow: '1 minute' } },
  }, async (request, reply) => {
    const document = await openData.document(await catalogRevision(ctx.db), csv(request.query.sector), csv(request.query.level));
    return reply.type('application/ld+json; charset=utf-8').send(document);
  });
}
