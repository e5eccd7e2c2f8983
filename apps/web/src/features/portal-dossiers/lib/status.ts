import { dossierStatusDefinitions, type DossierStatus } from '@motcua/shared';
import { accessibleColors } from '@/config/theme';

/** Green when the result is there, amber while the applicant owes something, grey when it ended otherwise, blue while it runs. */
export function statusColor(status: DossierStatus): string {
  const definition = dossierStatusDefinitions[status];
  if (status === 'result_ready' || status === 'returned') return accessibleColors.success;
  if (definition.clock === 'paused' || status === 'awaiting_online_correction') return accessibleColors.warning;
  if (definition.terminal || definition.clock === 'ended') return accessibleColors.neutral;
  return accessibleColors.info;
}

/** Statuses in which the applicant is asked to do something. */
export const waitsForApplicant = (status: DossierStatus) =>
  status === 'awaiting_online_correction' || status === 'supplement_requested' || status === 'financial_obligation_requested';
