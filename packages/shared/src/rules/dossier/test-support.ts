/** Shared fixtures of the dossier rule tests (not exported from the package). */
import { officialCalendarDays } from '../calendar/calendar-data.ts';
import { createWorkingCalendar } from '../calendar/working-calendar.ts';
import type { DossierActor } from './actions.ts';
import type { DossierStatus } from './statuses.ts';
import type { ActionFacts, DossierState } from './transitions.ts';

export const calendar = createWorkingCalendar({ days: officialCalendarDays });

/** A local Vietnam time ('2026-04-24T15:30') as a UTC ISO instant. */
export const vn = (local: string): string => new Date(`${local}+07:00`).toISOString();

export const officerRoles: readonly DossierActor[] = ['desk_officer', 'specialist', 'leader'];
export const everyActor: readonly DossierActor[] = ['system_admin', 'control_officer', 'desk_officer', 'specialist', 'leader', 'viewer', 'system'];

export function facts(overrides: Partial<ActionFacts> = {}): ActionFacts {
  return { roles: [...officerRoles, 'system'], now: vn('2026-04-22T09:00'), calendar, reason: 'Lý do', approvalRequired: true, ...overrides };
}

/** A dossier sitting in a status, as the database might hold it. */
export function stateIn(status: DossierStatus, overrides: Partial<DossierState> = {}): DossierState {
  const online = status === 'newly_registered' || status === 'awaiting_online_correction';
  return {
    status,
    channel: online ? 'online' : 'in_person',
    registeredAt: online ? vn('2026-04-21T09:00') : null,
    receivedAt: online ? null : vn('2026-04-21T09:00'),
    clockEvents: [],
    endedAt: null,
    supplementRequests: status === 'supplement_requested' ? 1 : 0,
    onlineCorrections: status === 'awaiting_online_correction' ? 1 : 0,
    supplementRequestedAt: status === 'supplement_requested' ? vn('2026-04-21T10:00') : null,
    apologies: 0,
    stepOpen: false,
    flags: [],
    ...overrides,
  };
}
