import { applicantProfile, updateApplicantProfileBody } from '@motcua/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../platform/context.ts';
import { getProfile } from './actions/get-profile.ts';
import { updateProfile } from './actions/update-profile.ts';
import { requireApplicant } from './applicant-actor.ts';

const tags = ['Cổng dịch vụ công: tài khoản'];

export function profileRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/portal/profile', {
    schema: { tags, summary: 'Thông tin cá nhân của người nộp hồ sơ', response: { 200: applicantProfile } },
    config: { auth: 'applicant' },
  }, async (request) => getProfile(ctx, requireApplicant(request).id));

  r.put('/api/portal/profile', {
    schema: { tags, summary: 'Cập nhật thông tin cá nhân (họ tên, số định danh cá nhân, ngày sinh, địa chỉ, liên hệ; tổ chức: tên, mã số thuế)', body: updateApplicantProfileBody, response: { 200: applicantProfile } },
    config: { auth: 'applicant' },
  }, async (request) => updateProfile(ctx, requireApplicant(request).id, request.body, request.id));
}
