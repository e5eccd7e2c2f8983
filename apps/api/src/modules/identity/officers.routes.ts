import { createOfficerBody, idParams, listOf, officer, officerListQuery, pageOf, resetPasswordBody, roleView, setRolesBody, updateOfficerBody } from '@motcua/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireActor } from '../../platform/auth/auth.plugin.ts';
import { canAccessUnit, scopePaths } from '../../platform/auth/actor.ts';
import type { AppContext } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { createOfficer } from './actions/create-officer.ts';
import { resetOfficerPassword, setOfficerRoles, updateOfficer } from './actions/update-officer.ts';
import { presentOfficer, presentRoles } from './identity.presenter.ts';
import { findOrgUnit, officerGrants, searchOfficers } from './identity.queries.ts';

const tags = ['Cán bộ'];

export function officerRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/roles', {
    schema: { tags, summary: 'Vai trò và quyền', response: { 200: listOf(roleView) } },
    config: { auth: { permission: 'officer.read' } },
  }, async () => ({ items: presentRoles(ctx.config.totpRequiredRoles) }));

  r.get('/api/officers', {
    schema: { tags, summary: 'Danh sách cán bộ trong phạm vi', querystring: officerListQuery, response: { 200: pageOf(officer) } },
    config: { auth: { permission: 'officer.read' } },
  }, async (request) => {
    const actor = requireActor(request);
    const { q, orgUnitId, page, pageSize } = request.query;
    let unitPath: string | undefined;
    if (orgUnitId) {
      const unit = await findOrgUnit(ctx.db, orgUnitId);
      if (!unit || !canAccessUnit(actor, 'officer.read', unit.path)) throw new AppError('OUT_OF_SCOPE');
      unitPath = unit.path;
    }
    const { rows, total } = await searchOfficers(ctx.db, {
      paths: scopePaths(actor, 'officer.read'), ...(q ? { q } : {}), ...(unitPath ? { unitPath } : {}), limit: pageSize, offset: (page - 1) * pageSize,
    });
    const grants = await officerGrants(ctx.db, rows.map((o) => o.id));
    const now = ctx.clock.now().toISOString();
    return { items: rows.map((o) => presentOfficer(o, grants, now)), total, page, pageSize };
  });

  r.post('/api/officers', {
    schema: { tags, summary: 'Thêm cán bộ', body: createOfficerBody, response: { 201: officer } },
    config: { auth: { permission: 'officer.manage' } },
  }, async (request, reply) => reply.status(201).send(await createOfficer(ctx, requireActor(request), request.body, request.id)));

  r.patch('/api/officers/:id', {
    schema: { tags, summary: 'Sửa thông tin cán bộ', params: idParams, body: updateOfficerBody, response: { 200: officer } },
    config: { auth: { permission: 'officer.manage' } },
  }, async (request) => updateOfficer(ctx, requireActor(request), request.params.id, request.body, request.id));

  r.put('/api/officers/:id/roles', {
    schema: { tags, summary: 'Gán vai trò cho cán bộ', params: idParams, body: setRolesBody, response: { 200: officer } },
    config: { auth: { permission: 'officer.manage' } },
  }, async (request) => setOfficerRoles(ctx, requireActor(request), request.params.id, request.body.roles, request.id));

  r.post('/api/officers/:id/reset-password', {
    schema: { tags, summary: 'Đặt lại mật khẩu cán bộ', params: idParams, body: resetPasswordBody },
    config: { auth: { permission: 'officer.manage' } },
  }, async (request, reply) => {
    await resetOfficerPassword(ctx, requireActor(request), request.params.id, request.body.password, request.id);
    return reply.status(204).send();
  });
}
