/** The portal's API for applicants (session of a portal account): drafts, uploads, submission, my dossiers, supplements. */
import { idParams, pageQuery, portalDossierDetail, portalDossierPage, portalDossierSummary, portalDraft, portalDraftBody, portalDraftList, portalSupplementBody, storedFile } from '@motcua/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireActor } from '../../../platform/auth/auth.plugin.ts';
import type { AppContext } from '../../../platform/context.ts';
import { saveMultipartUpload } from '../../../platform/files/save-upload.ts';
import { uploadRateLimit } from '../../../platform/files/upload-limits.ts';
import { addUploadToStore } from '../../document-store/index.ts';
import { submitOnlineDraft } from '../actions/submit-online-draft.ts';
import { submitOnlineSupplement } from '../actions/submit-online-supplement.ts';
import { createDraft, deleteDraft, getDraft, listMyDrafts, saveDraft } from './online-drafts.ts';
import { myDossier, myDossiers } from './online.reads.ts';

const tags = ['Cổng dịch vụ công: hồ sơ trực tuyến'];
const applicant = { auth: 'applicant' as const };

export function portalRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/portal/drafts', {
    schema: { tags, summary: 'Hồ sơ nháp của tôi', response: { 200: portalDraftList } }, config: applicant,
  }, async (request) => listMyDrafts(ctx, requireActor(request)));

  r.post('/api/portal/drafts', {
    schema: { tags, summary: 'Lưu hồ sơ nháp mới', body: portalDraftBody, response: { 201: portalDraft } }, config: applicant,
  }, async (request, reply) => reply.status(201).send(await createDraft(ctx, requireActor(request), request.body)));

  r.get('/api/portal/drafts/:id', {
    schema: { tags, summary: 'Mở lại hồ sơ nháp', params: idParams, response: { 200: portalDraft } }, config: applicant,
  }, async (request) => getDraft(ctx, requireActor(request), request.params.id));

  r.put('/api/portal/drafts/:id', {
    schema: { tags, summary: 'Lưu hồ sơ nháp', params: idParams, body: portalDraftBody, response: { 200: portalDraft } }, config: applicant,
  }, async (request) => saveDraft(ctx, requireActor(request), request.params.id, request.body));

  r.delete('/api/portal/drafts/:id', {
    schema: { tags, summary: 'Xóa hồ sơ nháp', params: idParams }, config: applicant,
  }, async (request, reply) => {
    await deleteDraft(ctx, requireActor(request), request.params.id);
    return reply.status(204).send();
  });

  r.post('/api/portal/drafts/:id/submit', {
    schema: { tags, summary: 'Nộp hồ sơ trực tuyến (kiểm tra tờ khai, giấy tờ; cấp mã hồ sơ)', params: idParams, response: { 201: portalDossierSummary } }, config: applicant,
  }, async (request, reply) => {
    const summary = await submitOnlineDraft(ctx, requireActor(request), request.params.id, request.id);
    return reply.status(201).header('location', `/api/portal/dossiers/${summary.id}`).send(summary);
  });

  r.post('/api/portal/uploads', {
    schema: { tags, summary: 'Tải lên giấy tờ (PDF, ảnh) cho hồ sơ trực tuyến', consumes: ['multipart/form-data'], response: { 201: storedFile } },
    config: { ...applicant, rateLimit: uploadRateLimit(ctx.config) },
  }, async (request, reply) => {
    const actor = requireActor(request);
    const file = await saveMultipartUpload(ctx, actor, request);
    // Every portal upload also enters the applicant's document store, to be picked again for another application.
    await addUploadToStore(ctx, actor, file);
    return reply.status(201).send(file);
  });

  r.get('/api/portal/dossiers', {
    schema: { tags, summary: 'Hồ sơ của tôi', querystring: pageQuery, response: { 200: portalDossierPage } }, config: applicant,
  }, async (request) => myDossiers(ctx, requireActor(request), request.query));

  r.get('/api/portal/dossiers/:id', {
    schema: { tags, summary: 'Hồ sơ của tôi: tiến trình, hạn, giấy tờ, kết quả, yêu cầu bổ sung', params: idParams, response: { 200: portalDossierDetail } }, config: applicant,
  }, async (request) => myDossier(ctx, requireActor(request), request.params.id));

  r.post('/api/portal/dossiers/:id/supplement', {
    schema: { tags, summary: 'Nộp bổ sung hồ sơ theo yêu cầu', params: idParams, body: portalSupplementBody, response: { 200: portalDossierDetail } }, config: applicant,
  }, async (request) => submitOnlineSupplement(ctx, requireActor(request), request.params.id, request.body, request.id));
}
