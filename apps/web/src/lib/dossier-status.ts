import { dossierStatusDefinitions, type DossierStatus } from '@motcua/shared';
import { accessibleColors } from '@/config/theme';

/**
 * The colour of a dossier's status tag, the same in the portal, the public lookup and the back office: green when the
 * result is there, amber while the applicant owes something, grey when it ended otherwise, blue while it runs.
 */
export function dossierStatusColor(status: DossierStatus): string {
  const definition = dossierStatusDefinitions[status];
  if (status === 'result_ready' || status === 'returned') return accessibleColors.success;
  if (definition.clock === 'paused' || status === 'awaiting_online_correction') return accessibleColors.warning;
  if (definition.terminal || definition.clock === 'ended') return accessibleColors.neutral;
  return accessibleColors.info;
}
