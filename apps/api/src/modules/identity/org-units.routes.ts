import { createOrgUnitBody, idParams, listOf, orgLevel, orgUnit, updateOrgUnitBody } from '@motcua/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireActor } from '../../platform/auth/auth.plugin.ts';
import { scopePaths } from '../../platform/auth/actor.ts';
import type { AppContext } from '../../platform/context.ts';
import { createOrgUnit } from './actions/create-org-unit.ts';
import { updateOrgUnit } from './actions/update-org-unit.ts';
import { presentOrgUnit } from './identity.presenter.ts';
import { listOrgLevels, listOrgUnits } from './identity.queries.ts';

const tags = ['Đơn vị'];

export function orgUnitRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/org-levels', {
    schema: { tags, summary: 'Các cấp hành chính', response: { 200: listOf(orgLevel) } },
    config: { auth: { permission: 'org.read' } },
  }, async () => ({ items: (await listOrgLevels(ctx.db)).map((l) => ({ code: l.code, name: l.name, nameEn: l.name_en, rank: l.rank })) }));

  r.get('/api/org-units', {
    schema: { tags, summary: 'Cây đơn vị trong phạm vi của người dùng', response: { 200: listOf(orgUnit) } },
    config: { auth: { permission: 'org.read' } },
  }, async (request) => {
    const rows = await listOrgUnits(ctx.db, scopePaths(requireActor(request), 'org.read'));
    return { items: rows.map(presentOrgUnit) };
  });

  r.post('/api/org-units', {
    schema: { tags, summary: 'Thêm đơn vị', body: createOrgUnitBody, response: { 201: orgUnit } },
    config: { auth: { permission: 'org.manage' } },
  }, async (request, reply) => reply.status(201).send(await createOrgUnit(ctx, requireActor(request), request.body, request.id)));

  r.patch('/api/org-units/:id', {
    schema: { tags, summary: 'Sửa đơn vị', params: idParams, body: updateOrgUnitBody, response: { 200: orgUnit } },
    config: { auth: { permission: 'org.manage' } },
  }, async (request) => updateOrgUnit(ctx, requireActor(request), request.params.id, request.body, request.id));
}
