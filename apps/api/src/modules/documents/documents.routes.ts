import {
  dossierPapers as papersSchema, eResultVerification, eResultVerifyQuery, idParams, publicDossierCodeParams, registerExportQuery, revokeEResultBody,
} from '@motcua/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../../platform/auth/auth.plugin.ts';
import { sendFile } from '../../platform/files/send-file.ts';
import type { DocumentsContext } from './actions/issue-document.ts';
import { revokeEResult } from './actions/revoke-e-result.ts';
import { verifyEResult } from './actions/verify-e-result.ts';
import { declarationPdf } from './declaration.reads.ts';
import {
  dossierPapers, eResultPdf, issuedDocumentPdf, officerAccess, ownerAccess, processSheetPdf, receiptPdf, registerExport, type PaperUrls,
} from './documents.reads.ts';

const tags = ['documents'];
const read = { auth: { permission: 'dossier.read' as const } };
const portalUrls: PaperUrls = {
  form: (id) => `/api/portal/issued-documents/${id}/pdf`,
  result: (id) => `/api/portal/e-results/${id}/pdf`,
  processSheet: () => '',
  declaration: (id) => `/api/portal/dossiers/${id}/declaration/pdf`,
};

export function documentRoutes(app: FastifyInstance, dc: DocumentsContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { ctx } = dc;

  r.get('/api/dossiers/:id/papers', {
    schema: { tags, summary: 'Các mẫu phiếu đã ban hành và kết quả điện tử của hồ sơ', params: idParams, response: { 200: papersSchema } },
    config: read,
  }, async (request) => dossierPapers(dc, officerAccess(dc, requireActor(request)), request.params.id));

  r.get('/api/issued-documents/:id/pdf', {
    schema: { tags, summary: 'Bản PDF của một mẫu phiếu đã ban hành (in lại cho cùng một văn bản)', params: idParams },
    config: read,
  }, async (request, reply) => sendFile(reply, await issuedDocumentPdf(dc, officerAccess(dc, requireActor(request)), request.params.id)));

  r.get('/api/dossiers/:id/receipt/pdf', {
    schema: { tags, summary: 'Giấy tiếp nhận hồ sơ và hẹn trả kết quả (Mẫu 01), bản đã ban hành', params: idParams },
    config: read,
  }, async (request, reply) => sendFile(reply, await receiptPdf(dc, officerAccess(dc, requireActor(request)), request.params.id)));

  r.get('/api/dossiers/:id/process-sheet/pdf', {
    schema: { tags, summary: 'Phiếu kiểm soát quá trình giải quyết hồ sơ (Mẫu 06) tại thời điểm in', params: idParams },
    config: read,
  }, async (request, reply) => sendFile(reply, await processSheetPdf(dc, officerAccess(dc, requireActor(request)), request.params.id)));

  r.get('/api/dossiers/:id/declaration/pdf', {
    schema: { tags, summary: 'Tờ khai của người nộp (nội dung biểu mẫu điện tử đã khai khi nộp trực tuyến)', params: idParams },
    config: read,
  }, async (request, reply) => sendFile(reply, await declarationPdf(dc, officerAccess(dc, requireActor(request)), request.params.id)));

  r.get('/api/dossiers/register/export', {
    schema: { tags, summary: 'Sổ theo dõi hồ sơ (Mẫu 07) của một kỳ và đơn vị, PDF hoặc Excel', querystring: registerExportQuery },
    config: read,
  }, async (request, reply) => {
    const file = await registerExport(dc, requireActor(request), request.query);
    return sendFile(reply, file, 'attachment');
  });

  r.get('/api/e-results/:id/pdf', {
    schema: { tags, summary: 'Kết quả điện tử đã ký số', params: idParams },
    config: read,
  }, async (request, reply) => sendFile(reply, await eResultPdf(dc, officerAccess(dc, requireActor(request)), request.params.id)));

  r.post('/api/e-results/:id/revoke', {
    schema: { tags, summary: 'Thu hồi kết quả điện tử', params: idParams, body: revokeEResultBody, response: { 204: z.null() } },
    config: { auth: { permission: 'document.revoke' as const } },
  }, async (request, reply) => {
    await revokeEResult(ctx, requireActor(request), request.params.id, request.body.reason, request.id);
    return reply.status(204).send(null);
  });

  const applicant = { auth: 'applicant' as const };
  r.get('/api/portal/dossiers/:id/papers', {
    schema: { tags, summary: 'Giấy tờ và kết quả điện tử của hồ sơ của tôi', params: idParams, response: { 200: papersSchema } },
    config: applicant,
  }, async (request) => dossierPapers(dc, ownerAccess(dc, requireActor(request)), request.params.id, portalUrls));

  r.get('/api/portal/issued-documents/:id/pdf', {
    schema: { tags, summary: 'Tải phiếu, giấy tờ của hồ sơ của tôi', params: idParams },
    config: applicant,
  }, async (request, reply) => sendFile(reply, await issuedDocumentPdf(dc, ownerAccess(dc, requireActor(request)), request.params.id)));

  r.get('/api/portal/dossiers/:id/declaration/pdf', {
    schema: { tags, summary: 'Tờ khai tôi đã khai khi nộp hồ sơ trực tuyến', params: idParams },
    config: applicant,
  }, async (request, reply) => sendFile(reply, await declarationPdf(dc, ownerAccess(dc, requireActor(request)), request.params.id)));

  r.get('/api/portal/e-results/:id/pdf', {
    schema: { tags, summary: 'Tải kết quả điện tử của hồ sơ của tôi', params: idParams },
    config: applicant,
  }, async (request, reply) => sendFile(reply, await eResultPdf(dc, ownerAccess(dc, requireActor(request)), request.params.id), 'attachment'));

  r.get('/api/public/e-results/:code', {
    schema: { tags, summary: 'Xác minh kết quả điện tử từ mã QR (không cần đăng nhập)', params: publicDossierCodeParams, querystring: eResultVerifyQuery, response: { 200: eResultVerification } },
    config: { auth: 'public', rateLimit: { max: ctx.config.publicRatePerMinute, timeWindow: '1 minute' } },
  }, async (request, reply) => {
    const result = await verifyEResult(ctx, request.params.code, request.query.t, { ip: request.ip, userAgent: request.headers['user-agent'] });
    return reply.header('cache-control', 'no-store').send(result);
  });
}
