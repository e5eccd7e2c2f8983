import { dossierStatusDefinitions, type DossierStatus } from '@motcua/shared';
import { accessibleColors } from '@/config/theme';

/** The colours of the back office's status tags, kept here so the portal does not load the back-office bundle. */
export function publicStatusColor(status: DossierStatus): string {
  const definition = dossierStatusDefinitions[status];
  if (status === 'result_ready' || status === 'returned') return accessibleColors.success;
  if (definition.clock === 'paused' || status === 'awaiting_online_correction') return accessibleColors.warning;
  if (definition.terminal || definition.clock === 'ended') return accessibleColors.neutral;
  return accessibleColors.info;
}
