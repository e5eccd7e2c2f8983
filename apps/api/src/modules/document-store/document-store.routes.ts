/** The applicant's document store on the portal (session of a portal account; own documents only). */
import { idParams, personalDocumentList, personalDocumentUse } from '@motcua/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireActor } from '../../platform/auth/auth.plugin.ts';
import type { AppContext } from '../../platform/context.ts';
import { sendFile } from '../../platform/files/send-file.ts';
import { removeDocument } from './actions/remove-document.ts';
import { listMyDocuments, myDocumentFile, useMyDocument } from './document-store.reads.ts';

const tags = ['Cổng dịch vụ công: kho giấy tờ cá nhân'];
const applicant = { auth: 'applicant' as const };

export function documentStoreRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/portal/documents', {
    schema: { tags, summary: 'Kho giấy tờ của tôi: giấy tờ đã tải lên và kết quả điện tử, số lần dùng lại', response: { 200: personalDocumentList } }, config: applicant,
  }, async (request) => listMyDocuments(ctx, requireActor(request)));

  r.get('/api/portal/documents/:id/file', {
    schema: { tags, summary: 'Tải về giấy tờ trong kho', params: idParams }, config: applicant,
  }, async (request, reply) => {
    // nosniff comes with every answer (helmet); sendFile adds the name and no-store.
    return sendFile(reply, await myDocumentFile(ctx, requireActor(request), request.params.id), 'attachment');
  });

  r.post('/api/portal/documents/:id/use', {
    schema: {
      tags, summary: 'Dùng lại giấy tờ trong kho: mã tệp để đưa vào thành phần hồ sơ của hồ sơ nháp (kết quả đã thu hồi không dùng lại được)',
      params: idParams, response: { 200: personalDocumentUse },
    },
    config: applicant,
  }, async (request) => useMyDocument(ctx, requireActor(request), request.params.id));

  r.delete('/api/portal/documents/:id', {
    schema: { tags, summary: 'Xóa giấy tờ đã tải lên khỏi kho (hồ sơ đã nộp vẫn giữ tệp; kết quả giải quyết không xóa được)', params: idParams }, config: applicant,
  }, async (request, reply) => {
    await removeDocument(ctx, requireActor(request), request.params.id, request.id);
    return reply.status(204).send();
  });
}
