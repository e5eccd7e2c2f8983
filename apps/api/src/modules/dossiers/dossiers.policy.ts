/**
 * Who may see and act on a dossier. A grant covers its unit's subtree. Desk officers act for the desk that
 * received the dossier or holds it now; specialists and leaders for the agency that resolves it, holds it, or
 * was consulted. The state machine then decides which of those roles may do what.
 */
import {
  acceptanceWindowFrom, allowedActions, dossierActionDefinitions, dossierFlagMessages,
  type DossierAction, type DossierActor, type DossierDetail, type DossierState, type WorkingCalendar,
} from '@motcua/shared';
import type { Actor } from '../../platform/auth/actor.ts';
import { canAccessUnit, scopePaths } from '../../platform/auth/actor.ts';

export interface DossierUnits {
  receiving: string;
  competent: string;
  current: string;
  /** Agencies of an inter-agency chain and consulted bodies. */
  participating: string[];
}

const covers = (grantPath: string, unitPath: string | undefined) => unitPath !== undefined && unitPath.startsWith(grantPath);

export function canViewDossier(actor: Actor, units: DossierUnits): boolean {
  return [units.receiving, units.competent, units.current, ...units.participating].some((path) => canAccessUnit(actor, 'dossier.read', path));
}

/**
 * The desks whose receipts the officer follows wherever the dossiers go (the `received_here` queue): the subtrees
 * of its desk-officer grants, nested ones folded into the wider.
 */
export function deskScopePaths(actor: Actor): string[] {
  return scopePaths({ ...actor, grants: actor.grants.filter((g) => g.role === 'desk_officer') }, 'dossier.receive');
}

/** The roles the actor holds on this dossier, as the state machine knows them. */
export function actingRoles(actor: Actor, units: DossierUnits): DossierActor[] {
  const roles = new Set<DossierActor>();
  for (const g of actor.grants) {
    if (!g.permissions.includes('dossier.process') && !g.permissions.includes('dossier.receive')) continue;
    if (g.role === 'desk_officer' && (covers(g.orgUnitPath, units.receiving) || covers(g.orgUnitPath, units.current))) roles.add('desk_officer');
    if (g.role === 'specialist' || g.role === 'leader') {
      const paths = [units.competent, units.current, ...units.participating];
      if (paths.some((p) => covers(g.orgUnitPath, p))) roles.add(g.role);
    }
  }
  return [...roles];
}

/**
 * The roles the actor may use for one action. A body that only takes part (consulted, or an agency the
 * dossier has passed through) answers its consultation and nothing else: it may not stop, refuse, extend
 * or assign a dossier another agency resolves. Then the hand-over rule below.
 */
export function rolesForAction(actor: Actor, units: DossierUnits, action: DossierAction, assigneeId: string | null): DossierActor[] {
  const roles = actingRoles(actor, action === 'answer_consultation' ? units : { ...units, participating: [] });
  return rolesForAssignment(roles, action, actor.id, assigneeId);
}

/** Actions of the one who handles the dossier: once assigned, another specialist of the unit may not do them. */
export const handlerActions: readonly DossierAction[] = [
  'start_step', 'complete_step', 'send_back', 'consult', 'request_approval', 'issue_result', 'request_supplement', 'request_financial_obligation', 'apologise_and_extend', 'transfer',
];

/**
 * Narrows the roles for an assigned dossier: a specialist who is not the assignee keeps no handler role,
 * so the state machine refuses with "role not permitted" and lists what is left.
 */
export function rolesForAssignment(roles: DossierActor[], action: DossierAction, actorId: string, assigneeId: string | null): DossierActor[] {
  if (!assigneeId || assigneeId === actorId || !handlerActions.includes(action)) return roles;
  return roles.filter((r) => r !== 'specialist');
}

/** What the policy needs to judge a dossier's offer, beyond its units: all of it read by the caller. */
export interface OfferFacts {
  units: DossierUnits;
  state: DossierState;
  assigneeId: string | null;
  dueAt: string | null;
  approvalRequired: boolean;
  openConsultations: number;
  now: string;
  calendar: WorkingCalendar;
}

/**
 * The actions the actor may take now, exactly as the server would judge them: the state machine's verdict for
 * the actor's roles on the dossier, then per action the participation and hand-over rules of `rolesForAction`.
 * The dossier page offers these, and a refused action lists them.
 */
export function availableActionsFor(actor: Actor, facts: OfferFacts): DossierDetail['allowedActions'] {
  const { state } = facts;
  const list = allowedActions(state.status, {
    roles: actingRoles(actor, facts.units), now: facts.now, calendar: facts.calendar, dueAt: facts.dueAt, channel: state.channel,
    acceptanceWindowFrom: acceptanceWindowFrom(state), receivedAt: state.receivedAt, supplementRequestsSoFar: state.supplementRequests,
    onlineCorrectionsSoFar: state.onlineCorrections, supplementRequestedAt: state.supplementRequestedAt, apologiesSoFar: state.apologies,
    stepOpen: state.stepOpen, approvalRequired: facts.approvalRequired, openConsultations: facts.openConsultations,
  });
  return list.flatMap((a) => {
    if (!a.allowed || a.action === 'receive' || a.action === 'register_online') return [];
    const narrowed = rolesForAction(actor, facts.units, a.action, facts.assigneeId);
    const def = dossierActionDefinitions[a.action];
    const transition = def.transitions.find((t) => t.from === state.status);
    if (!transition?.roles.some((r) => narrowed.includes(r))) return [];
    return [{ action: a.action, label: def.label, needsReason: def.needsReason, needs: [...def.needs], to: a.to, flags: a.flags.map((code) => ({ code, message: dossierFlagMessages[code] })) }];
  });
}

/** Whether the officer acts on the dossier: a desk that received or holds it, the agency that resolves or holds it. */
export const actsOnDossier = (actor: Actor, units: DossierUnits) => actingRoles(actor, { ...units, participating: [] }).length > 0;
