import {
  approveWorkflowBody,
  checkWorkflowBody,
  createDefaultWorkflowBody,
  createWorkflowBody,
  idParams,
  rejectWorkflowBody,
  saveWorkflowDraftBody,
  submitWorkflowBody,
  workflowCheckView,
  workflowDetail,
  workflowListQuery,
  workflowPage,
  workflowProcedureContext,
  workflowVersionParams,
  workflowVersionView,
} from '@motcua/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireActor } from '../../platform/auth/auth.plugin.ts';
import type { AppContext } from '../../platform/context.ts';
import { checkSteps } from './actions/check-steps.ts';
import { createDefaultWorkflow } from './actions/create-default-workflow.ts';
import { createWorkflow } from './actions/create-workflow.ts';
import { approveVersion, rejectVersion } from './actions/decide-version.ts';
import { saveDraft } from './actions/save-draft.ts';
import { submitVersion } from './actions/submit-version.ts';
import { getProcedureContext, getWorkflowDetail, getWorkflowVersion, listWorkflowPage } from './workflow.reads.ts';

const tags = ['Quy trình nội bộ'];
const session = { auth: 'session' as const };
const manage = { auth: { permission: 'workflow.manage' as const } };
const approve = { auth: { permission: 'workflow.approve' as const } };

export function workflowRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/workflows', {
    schema: { tags, summary: 'Danh sách quy trình nội bộ trong phạm vi (lọc theo thủ tục, cơ quan, trạng thái)', querystring: workflowListQuery, response: { 200: workflowPage } },
    config: session,
  }, async (request) => listWorkflowPage(ctx.db, requireActor(request), request.query));

  r.post('/api/workflows/check', {
    schema: { tags, summary: 'Kiểm tra các bước (thứ tự, tổng thời gian so với thời hạn giải quyết) mà không lưu', body: checkWorkflowBody, response: { 200: workflowCheckView } },
    config: session,
  }, async (request) => checkSteps(ctx, requireActor(request), request.body));

  r.get('/api/workflows/procedures/:id', {
    schema: { tags, summary: 'Trường hợp, thời hạn và cơ quan giải quyết của một thủ tục (để tạo quy trình)', params: idParams, response: { 200: workflowProcedureContext } },
    config: session,
  }, async (request) => getProcedureContext(ctx.db, requireActor(request), request.params.id));

  r.post('/api/workflows', {
    schema: { tags, summary: 'Tạo quy trình cho một trường hợp của thủ tục tại một cơ quan, kèm bản nháp đầu tiên', body: createWorkflowBody, response: { 201: workflowDetail } },
    config: manage,
  }, async (request, reply) => reply.status(201).send(await createWorkflow(ctx, requireActor(request), request.body, request.id)));

  r.post('/api/workflows/defaults', {
    schema: { tags, summary: 'Tạo quy trình mặc định của một cấp (tỉnh, xã) cho các thủ tục chưa có quy trình riêng, kèm bản nháp đầu tiên', body: createDefaultWorkflowBody, response: { 201: workflowDetail } },
    config: manage,
  }, async (request, reply) => reply.status(201).send(await createDefaultWorkflow(ctx, requireActor(request), request.body, request.id)));

  r.get('/api/workflows/:id', {
    schema: { tags, summary: 'Quy trình và các phiên bản', params: idParams, response: { 200: workflowDetail } },
    config: session,
  }, async (request) => getWorkflowDetail(ctx.db, requireActor(request), request.params.id));

  r.get('/api/workflows/:id/versions/:number', {
    schema: { tags, summary: 'Một phiên bản của quy trình', params: workflowVersionParams, response: { 200: workflowVersionView } },
    config: session,
  }, async (request) => getWorkflowVersion(ctx.db, requireActor(request), request.params.id, request.params.number));

  r.put('/api/workflows/:id/draft', {
    schema: { tags, summary: 'Lưu bản nháp (tạo phiên bản nháp mới nếu phiên bản mới nhất không phải bản nháp)', params: idParams, body: saveWorkflowDraftBody, response: { 200: workflowDetail } },
    config: manage,
  }, async (request) => saveDraft(ctx, requireActor(request), request.params.id, request.body, request.id));

  r.post('/api/workflows/:id/versions/:number/submit', {
    schema: { tags, summary: 'Gửi lãnh đạo phê duyệt (kiểm tra trước; 422 nếu không đạt)', params: workflowVersionParams, body: submitWorkflowBody.optional(), response: { 200: workflowDetail } },
    config: manage,
  }, async (request) => submitVersion(ctx, requireActor(request), request.params.id, request.params.number, request.body ?? {}, request.id));

  r.post('/api/workflows/:id/versions/:number/approve', {
    schema: { tags, summary: 'Lãnh đạo phê duyệt (kiểm tra lại theo thời hạn hiện hành; 422 nếu vượt)', params: workflowVersionParams, body: approveWorkflowBody.optional(), response: { 200: workflowDetail } },
    config: approve,
  }, async (request) => approveVersion(ctx, requireActor(request), request.params.id, request.params.number, request.body?.note, request.id));

  r.post('/api/workflows/:id/versions/:number/reject', {
    schema: { tags, summary: 'Lãnh đạo trả lại, nêu lý do', params: workflowVersionParams, body: rejectWorkflowBody, response: { 200: workflowDetail } },
    config: approve,
  }, async (request) => rejectVersion(ctx, requireActor(request), request.params.id, request.params.number, request.body.reason, request.id));
}

