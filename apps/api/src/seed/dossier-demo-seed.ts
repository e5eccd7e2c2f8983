/**
 * Demo dossiers of the provincial centre for Sở Tư pháp, made through the real use cases at past instants,
 * so the desk, the queues and the dossier pages show a working day: new receipts, dossiers waiting for
 * assignment, in appraisal (one overdue), awaiting approval, waiting for a supplement, results to return,
 * and returned ones.
 */
import type { DossierAction, DossierActionBody, ReceiveDossierBody } from '@motcua/shared';
import type { Actor } from '../platform/auth/actor.ts';
import { FixedClock } from '../platform/clock.ts';
import type { AppContext } from '../platform/context.ts';
import { loadOfficerGrants } from '../modules/identity/load-actor.ts';
import { actOnDossier } from '../modules/dossiers/actions/act-on-dossier.ts';
import { receiveDossier } from '../modules/dossiers/actions/receive-dossier.ts';
import { loadProcedureTerms } from '../modules/dossiers/procedure-terms.ts';

const applicants = [
  ['Nguyễn Thị Hồng Nhung', '051190001234'], ['Trần Văn Bình', '051088004512'], ['Lê Minh Châu', '051201007788'], ['Phạm Quốc Dũng', '051075002233'],
  ['Huỳnh Thị Mai', '051192009911'], ['Võ Thanh Tùng', '051093003344'], ['Đặng Ngọc Ánh', '051198006655'], ['Bùi Văn Phúc', '051080001122'],
  ['Đỗ Thị Thu Hà', '051187005566'], ['Ngô Đức Thắng', '051090007733'], ['Lý Thị Kim Oanh', '051195004488'], ['Phan Văn Hải', '051085008899'],
] as const;

const PROCEDURES = ['1.000426', '1.000390', '1.000627', '1.000614', '1.000588'];

type Step = [DossierAction, 'desk' | 'leader' | 'specialist', Partial<DossierActionBody>?];

const toIssue: Step[] = [
  ['transfer', 'desk'], ['assign', 'leader'], ['start_step', 'specialist'], ['request_approval', 'specialist'], ['approve', 'leader'], ['sign', 'leader'],
  ['issue_result', 'specialist', { result: { title: 'Quyết định giải quyết thủ tục hành chính' } }],
];

/** Working days ago → how far each dossier went. */
const plan: { daysAgo: number; steps: Step[] }[] = [
  { daysAgo: 0, steps: [] },
  { daysAgo: 0, steps: [] },
  { daysAgo: 1, steps: toIssue.slice(0, 1) },
  { daysAgo: 1, steps: toIssue.slice(0, 1) },
  { daysAgo: 2, steps: toIssue.slice(0, 3) },
  { daysAgo: 9, steps: toIssue.slice(0, 3) },
  { daysAgo: 3, steps: toIssue.slice(0, 4) },
  { daysAgo: 2, steps: [...toIssue.slice(0, 3), ['request_supplement', 'specialist', { reason: 'Thiếu giấy tờ chứng minh thời gian công tác', missingDocuments: ['Giấy xác nhận thời gian công tác pháp luật có xác nhận của cơ quan'] }]] },
  { daysAgo: 4, steps: toIssue },
  { daysAgo: 6, steps: [...toIssue, ['return_result', 'desk', { returnMethod: 'desk' }]] },
  { daysAgo: 12, steps: [...toIssue, ['return_result', 'desk', { returnMethod: 'post' }]] },
];

async function actorFor(ctx: AppContext, username: string): Promise<Actor> {
  const officer = await ctx.db.selectFrom('officers').select(['id', 'full_name']).where('username', '=', username).executeTakeFirstOrThrow();
  const grants = await loadOfficerGrants(ctx.db, officer.id);
  return { kind: 'officer', id: officer.id, username, fullName: officer.full_name, sessionId: 'seed', csrfToken: 'seed', totpEnabled: false, mustEnrolTotp: false, grants };
}

/** A past working-day morning: `daysAgo` calendar days back, moved off weekends, at 08:30 Vietnam time. */
function morning(now: Date, daysAgo: number): Date {
  const d = new Date(now.getTime() - daysAgo * 86_400_000);
  while ([0, 6].includes(new Date(d.getTime() + 7 * 3_600_000).getUTCDay())) d.setTime(d.getTime() - 86_400_000);
  const ymd = new Date(d.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
  return new Date(`${ymd}T08:30:00+07:00`);
}

export async function seedDemoDossiers(ctx: AppContext): Promise<number> {
  const clock = new FixedClock(new Date());
  const seedCtx: AppContext = { ...ctx, clock };
  const actors = { desk: await actorFor(ctx, 'motcua'), leader: await actorFor(ctx, 'lanhdao'), specialist: await actorFor(ctx, 'chuyenvien') };
  const procedures = await ctx.db.selectFrom('procedures').select(['id', 'code']).where('code', 'in', PROCEDURES).execute();
  const today = new Date();
  let made = 0;
  for (const [i, p] of [...plan].sort((a, b) => b.daysAgo - a.daysAgo).entries()) {
    const procedure = procedures[i % procedures.length];
    if (!procedure) break;
    const terms = await loadProcedureTerms(ctx.db, procedure.id, 'v1', 'in_person');
    const [fullName, citizenId] = applicants[i % applicants.length]!;
    const body: ReceiveDossierBody = {
      procedureId: procedure.id, variantKey: 'v1', channel: i % 4 === 3 ? 'postal' : 'in_person', sets: 1, onTheSpot: false, requestSummary: null,
      applicant: { kind: 'individual', fullName, citizenId, phone: `09${String(12345670 + i).padStart(8, '0')}`, email: null, address: 'Tỉnh Quảng Ngãi' },
      documents: terms.documents.filter((d) => d.required).map((d) => ({ requirement: d.position, name: d.name, originals: d.originals, copies: d.copies })),
      cases: {},
    };
    clock.set(morning(today, p.daysAgo));
    const { row: { id } } = await receiveDossier(seedCtx, actors.desk, body, 'demo-seed');
    let version = 1;
    for (const [action, who, extra] of p.steps) {
      clock.advance(45 * 60_000 + (action === 'request_approval' && p.daysAgo > 5 ? 6 * 86_400_000 : 0));
      if (clock.now() > today) clock.set(today);
      const facts: DossierActionBody = { expectedVersion: version, ...extra };
      if (action === 'assign') facts.assigneeId = actors.specialist.id;
      if (action === 'request_approval') facts.assigneeId = actors.leader.id;
      await actOnDossier(seedCtx, actors[who], id, action, facts, 'demo-seed');
      version += 1;
    }
    made += 1;
  }
  return made;
}
