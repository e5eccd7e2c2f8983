import {
  assigneeList, bulkAssignBody, bulkAssignResult, dossierActionBody, dossierActionParams, dossierDetail, dossierPage, dossierSummary, dossierReceipt as receiptSchema, idParams, intakeOptions,
  intakeQuery, queueQuery, receiveDossierBody, registerQuery,
} from '@motcua/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../../platform/auth/auth.plugin.ts';
import type { AppContext } from '../../platform/context.ts';
import { sendFile } from '../../platform/files/send-file.ts';
import { actOnDossier } from './actions/act-on-dossier.ts';
import { bulkAssign } from './actions/bulk-assign.ts';
import { receiveDossier } from './actions/receive-dossier.ts';
import { presentReceived } from './reads/dossiers.presenter.ts';
import { loadDossierView } from './reads/dossier-view.ts';
import { assigneesFor, documentFile, dossierReceipt, dossierRegister, intakeOptions as loadIntake, workQueue } from './reads/dossiers.reads.ts';

const tags = ['Hồ sơ (Một cửa)'];
const read = { auth: { permission: 'dossier.read' as const } };
const receive = { auth: { permission: 'dossier.receive' as const } };
const process = { auth: { permission: 'dossier.process' as const } };

export function dossierRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/dossiers/intake', {
    schema: { tags, summary: 'Thông tin để tiếp nhận hồ sơ của một thủ tục: trường hợp, thành phần hồ sơ, cơ quan giải quyết, hạn dự kiến', querystring: intakeQuery, response: { 200: intakeOptions } },
    config: receive,
  }, async (request) => loadIntake(ctx, requireActor(request), request.query));

  r.post('/api/dossiers', {
    schema: { tags, summary: 'Tiếp nhận hồ sơ tại Bộ phận Một cửa (trực tiếp hoặc qua bưu chính)', body: receiveDossierBody, response: { 201: dossierSummary } },
    config: receive,
  }, async (request, reply) => {
    const actor = requireActor(request);
    const received = await receiveDossier(ctx, actor, request.body, request.id);
    return reply.status(201).header('location', `/api/dossiers/${received.row.id}`).send(presentReceived(received, ctx.clock.now().toISOString()));
  });

  r.get('/api/dossiers/queue', {
    schema: { tags, summary: 'Danh sách hồ sơ cần xử lý: của tôi, của đơn vị, sắp đến hạn, quá hạn, chờ người nộp, trực tuyến chờ tiếp nhận, đã tiếp nhận tại Bộ phận Một cửa', querystring: queueQuery, response: { 200: dossierPage } },
    config: read,
  }, async (request) => workQueue(ctx, requireActor(request), request.query));

  r.get('/api/dossiers/register', {
    schema: { tags, summary: 'Sổ theo dõi hồ sơ theo ngày tiếp nhận', querystring: registerQuery, response: { 200: dossierPage } },
    config: read,
  }, async (request) => dossierRegister(ctx, requireActor(request), request.query));

  r.post('/api/dossiers/bulk-assign', {
    schema: { tags, summary: 'Phân công nhiều hồ sơ cho một cán bộ', body: bulkAssignBody, response: { 200: bulkAssignResult } },
    config: process,
  }, async (request) => bulkAssign(ctx, requireActor(request), request.body, request.id));

  r.get('/api/dossiers/:id', {
    schema: { tags, summary: 'Hồ sơ: diễn biến, phiếu kiểm soát quá trình, giấy tờ, thời hạn, các thao tác được phép', params: idParams, response: { 200: dossierDetail } },
    config: read,
  }, async (request) => loadDossierView(ctx, requireActor(request), request.params.id));

  r.get('/api/dossiers/:id/receipt', {
    schema: { tags, summary: 'Giấy tiếp nhận hồ sơ và hẹn trả kết quả (Mẫu 01)', params: idParams, response: { 200: receiptSchema } },
    config: read,
  }, async (request) => dossierReceipt(ctx, requireActor(request), request.params.id));

  r.get('/api/dossiers/:id/documents/:documentId/file', {
    schema: { tags, summary: 'Bản quét của một giấy tờ trong hồ sơ', params: z.object({ id: z.string().min(1), documentId: z.string().min(1) }) },
    config: read,
  }, async (request, reply) => {
    const file = await documentFile(ctx, requireActor(request), request.params.id, request.params.documentId);
    return sendFile(reply, { bytes: file.bytes, fileName: file.name, mediaType: file.mediaType });
  });

  r.get('/api/dossiers/:id/assignees', {
    schema: { tags, summary: 'Cán bộ có thể nhận xử lý hồ sơ', params: idParams, querystring: z.object({ role: z.enum(['specialist', 'leader']).optional() }), response: { 200: assigneeList } },
    config: process,
  }, async (request) => assigneesFor(ctx, requireActor(request), request.params.id, request.query.role));

  r.post('/api/dossiers/:id/actions/:action', {
    schema: { tags, summary: 'Thực hiện một thao tác trên hồ sơ (409 kèm danh sách thao tác được phép nếu không hợp lệ)', params: dossierActionParams, body: dossierActionBody, response: { 200: dossierDetail } },
    config: process,
  }, async (request) => {
    const actor = requireActor(request);
    await actOnDossier(ctx, actor, request.params.id, request.params.action, request.body, request.id);
    return loadDossierView(ctx, actor, request.params.id);
  });
}
