import {
  agencyView,
  codeParams,
  deskListQuery,
  deskParams,
  listOf,
  procedureDetail,
  procedurePage,
  procedureSearchQuery,
  searchWords,
  sectorView,
  serviceList,
  type ProcedureSearchQuery,
} from '@motcua/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/context.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { sendFile } from '../../platform/files/send-file.ts';
import { presentSearchRow } from './catalog.presenter.ts';
import { getPublicDetail } from './catalog.reads.ts';
import { findStoredFile, findUnitByCode, isPublicFormFile, listAgenciesInForce } from './procedures.queries.ts';
import { listAdoptedSectors, searchCatalog } from './search.service.ts';
import { presentServiceLists } from './service-lists.presenter.ts';
import { listServiceLists } from './service-lists.queries.ts';

const tags = ['Thủ tục hành chính (công khai)'];
const csv = (v: string | undefined) => (v ? v.split(',').map((s) => s.trim()).filter(Boolean) : undefined);
const pageParams = z.object({ page: z.coerce.number().int().min(1).default(1), pageSize: z.coerce.number().int().min(1).max(100).default(20) });

/** Public search: folded words, filters, page. Shared by the search, agency and sector lists. */
export async function runSearch(ctx: AppContext, q: ProcedureSearchQuery) {
  let agencyPaths: string[] | undefined;
  if (q.agency) {
    const units = await Promise.all(csv(q.agency)!.map((code) => findUnitByCode(ctx.db, code)));
    agencyPaths = units.filter((u) => u !== undefined).map((u) => u.path);
  }
  const { rows, total } = await searchCatalog(ctx.db, {
    words: q.q ? searchWords(q.q).slice(0, 12) : [],
    sectors: csv(q.sector),
    levels: csv(q.level),
    subjects: csv(q.subject),
    onlineLevel: q.onlineLevel,
    agencyPaths,
    limit: q.pageSize,
    offset: (q.page - 1) * q.pageSize,
  });
  return { items: rows.map(presentSearchRow), total, page: q.page, pageSize: q.pageSize };
}

/** Whether the portal takes online applications for a procedure; the dossiers module answers it (app.ts wires it). */
export type OnlineApplicationCheck = (procedureId: string) => Promise<boolean>;

export function procedureRoutes(app: FastifyInstance, ctx: AppContext, onlineApplication?: OnlineApplicationCheck): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const publicLimit = { max: ctx.config.publicRatePerMinute, timeWindow: '1 minute' };
  const config = { auth: 'public' as const, rateLimit: publicLimit };

  r.get('/api/procedures', {
    schema: { tags, summary: 'Tìm kiếm thủ tục (không dấu cũng được), lọc theo lĩnh vực, cấp, cơ quan, mức trực tuyến, đối tượng', querystring: procedureSearchQuery, response: { 200: procedurePage } },
    config,
  }, async (request) => runSearch(ctx, request.query));

  r.get('/api/procedures/:code', {
    schema: { tags, summary: 'Chi tiết thủ tục đang được công bố', params: codeParams, response: { 200: procedureDetail } },
    config,
  }, async (request) => {
    const detail = await getPublicDetail(ctx.db, request.params.code);
    return { ...detail, applyOnline: onlineApplication ? await onlineApplication(detail.id) : false };
  });

  r.get('/api/catalog/sectors', {
    schema: { tags, summary: 'Lĩnh vực và số thủ tục tỉnh đã công bố thực hiện', response: { 200: listOf(sectorView) } },
    config,
  }, async () => ({ items: await listAdoptedSectors(ctx.db) }));

  r.get('/api/catalog/sectors/:code/procedures', {
    schema: { tags, summary: 'Thủ tục theo lĩnh vực', params: codeParams, querystring: pageParams, response: { 200: procedurePage } },
    config,
  }, async (request) => runSearch(ctx, { sector: request.params.code, ...request.query }));

  r.get('/api/catalog/agencies', {
    schema: { tags, summary: 'Cơ quan có thủ tục đang có hiệu lực', response: { 200: listOf(agencyView) } },
    config,
  }, async () => ({ items: (await listAgenciesInForce(ctx.db)).map((a) => ({ unitId: a.id, code: a.code, name: a.name, kind: a.kind, procedureCount: Number(a.n) })) }));

  r.get('/api/catalog/agencies/:unitCode/procedures', {
    schema: { tags, summary: 'Thủ tục theo cơ quan (gồm đơn vị trực thuộc)', params: deskParams, querystring: pageParams, response: { 200: procedurePage } },
    config,
  }, async (request) => {
    if (!(await findUnitByCode(ctx.db, request.params.unitCode))) throw notFound('Không tìm thấy cơ quan');
    return runSearch(ctx, { agency: request.params.unitCode, ...request.query });
  });

  r.get('/api/catalog/desks/:unitCode/lists', {
    schema: { tags, summary: 'Danh mục TTHC đã công bố của Bộ phận Một cửa / Trung tâm', params: deskParams, querystring: deskListQuery, response: { 200: listOf(serviceList) } },
    config,
  }, async (request) => {
    const unit = await findUnitByCode(ctx.db, request.params.unitCode);
    if (!unit) throw notFound('Không tìm thấy đơn vị');
    const lists = await listServiceLists(ctx.db, { unitIds: [unit.id], kind: request.query.kind, status: 'published' });
    return { items: await presentServiceLists(ctx.db, lists, true) };
  });

  r.get('/api/catalog/forms/:fileId', {
    schema: { tags, summary: 'Tải mẫu đơn, tờ khai của thủ tục đang công bố', params: z.object({ fileId: z.string().min(1).max(64) }) },
    config,
  }, async (request, reply) => {
    const file = await findStoredFile(ctx.db, request.params.fileId);
    if (!file || !(await isPublicFormFile(ctx.db, file.id))) throw new AppError('NOT_FOUND');
    return sendFile(reply, { bytes: await ctx.files.get(file.sha256), fileName: file.original_name, mediaType: file.media_type }, 'attachment');
  });
}
