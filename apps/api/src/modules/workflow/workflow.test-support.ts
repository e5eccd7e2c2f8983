import type { CreateWorkflowBody, WorkflowStep } from '@motcua/shared';
import { createOfficer, createOrgUnit, createProvince } from '../../test/factories.ts';
import { logInAs, type Session, type TestApp } from '../../test/test-app.ts';
import { procedureBody, variantBody } from '../catalog/catalog.test-support.ts';

type Budget = WorkflowStep['budget'];
const wd = (value: number): Budget => ({ value, unit: 'working_days' });

/** The demo shape of a workflow: receive → transfer → appraise → approve → sign → issue → return. */
export function standardSteps(appraiseDays = 1): WorkflowStep[] {
  const s = (key: string, kind: WorkflowStep['kind'], name: string, actorRole: WorkflowStep['actorRole'], budget: Budget, extra: Partial<WorkflowStep> = {}): WorkflowStep => ({
    key, kind, name, actorRole, unitId: null, budget, sendBackTo: null, handOff: null, ...extra,
  });
  return [
    s('s1', 'receive', 'Tiếp nhận hồ sơ', 'desk_officer', wd(0.5)),
    s('s2', 'transfer', 'Chuyển hồ sơ đến Sở', 'desk_officer', wd(0.5)),
    s('s3', 'appraise', 'Thẩm định hồ sơ', 'specialist', wd(appraiseDays)),
    s('s4', 'approve', 'Phê duyệt', 'leader', { value: 2, unit: 'working_hours' }, { sendBackTo: 's3' }),
    s('s5', 'sign', 'Ký kết quả', 'leader', { value: 2, unit: 'working_hours' }),
    s('s6', 'issue_result', 'Ban hành kết quả', 'specialist', { value: 2, unit: 'working_hours' }),
    s('s7', 'return', 'Trả kết quả', 'desk_officer', { value: 2, unit: 'working_hours' }),
  ];
}
// 0,5 + 0,5 + appraise + 4 × 2 h = appraise + 2 working days.

export interface WorkflowWorld {
  units: Awaited<ReturnType<typeof createProvince>> & { communeCentre: Awaited<ReturnType<typeof createOrgUnit>> };
  control: Session;
  communeControl: Session;
  desk: Session;
  specialist: Session;
  leader: Session;
  otherLeader: Session;
  viewer: Session;
  /** A procedure resolved by the justice department, two variants: v1 in 3 working days, v2 in 10. */
  procedureId: string;
  procedureVersion: number;
}

export async function workflowWorld(t: TestApp): Promise<WorkflowWorld> {
  const base = await createProvince(t.ctx.db);
  const communeCentre = await createOrgUnit(t.ctx.db, { parent: base.commune, code: '23293.TTPVHCC', name: 'Trung tâm PVHCC phường', kind: 'service_centre', level_code: 'commune' });
  const units = { ...base, communeCentre };
  const people: [string, 'control_officer' | 'desk_officer' | 'specialist' | 'leader' | 'viewer', typeof units.province][] = [
    ['control', 'control_officer', units.province],
    ['communecontrol', 'control_officer', units.commune],
    ['desk', 'desk_officer', units.justice],
    ['specialist', 'specialist', units.justice],
    ['leader', 'leader', units.justice],
    ['otherleader', 'leader', units.construction],
    ['viewer', 'viewer', units.province],
  ];
  for (const [username, role, unit] of people) await createOfficer(t.ctx.db, { username, roles: [{ role, unit }] });
  const [control, communeControl, desk, specialist, leader, otherLeader, viewer] = await Promise.all(people.map(([u]) => logInAs(t.app, u)));
  const created = await t.app.inject({
    method: 'POST', url: '/api/catalog/procedures', headers: control!.headers,
    payload: procedureBody({
      code: '1.999426', name: 'Cấp thẻ tư vấn viên pháp luật (thử)', levels: ['province'],
      variants: [
        variantBody({ key: 'v1', name: 'Cấp thẻ lần đầu' }),
        variantBody({ key: 'v2', name: 'Cấp lại thẻ', timeLimit: { value: 10, unit: 'working_days' }, channels: [{ channel: 'in_person', timeLimit: { value: 10, unit: 'working_days' }, description: null }] }),
      ],
    }),
  });
  if (created.statusCode !== 201) throw new Error(`procedure: ${created.body}`);
  const procedureId = created.json().id as string;
  const assigned = await t.app.inject({
    method: 'PUT', url: `/api/catalog/procedures/${procedureId}/units`, headers: control!.headers,
    payload: { units: [{ unitId: units.justice.id, role: 'implementing' }] },
  });
  if (assigned.statusCode !== 200) throw new Error(`units: ${assigned.body}`);
  return {
    units, control: control!, communeControl: communeControl!, desk: desk!, specialist: specialist!, leader: leader!, otherLeader: otherLeader!,
    viewer: viewer!, procedureId, procedureVersion: created.json().latestVersionNumber as number,
  };
}

export function createBody(w: WorkflowWorld, overrides: Partial<CreateWorkflowBody> = {}): CreateWorkflowBody {
  return { procedureId: w.procedureId, variantKey: '*', agencyUnitId: w.units.justice.id, steps: standardSteps(1), ...overrides };
}

export async function createWorkflow(t: TestApp, w: WorkflowWorld, overrides: Partial<CreateWorkflowBody> = {}) {
  const res = await t.app.inject({ method: 'POST', url: '/api/workflows', headers: w.control.headers, payload: createBody(w, overrides) });
  if (res.statusCode !== 201) throw new Error(`workflow: ${res.statusCode} ${res.body}`);
  return res.json();
}
