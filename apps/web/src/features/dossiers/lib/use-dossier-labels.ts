import type { DossierAction, DossierStatus, QueueKind } from '@motcua/shared';
import { useMemo } from 'react';
import { useI18n } from '@/i18n';
import type { Timeliness } from './types';

export type ReturnMethod = 'desk' | 'post' | 'electronic';
export type DossierChannel = 'in_person' | 'online' | 'postal';

/** Labels of the dossier vocabulary in the current language (Vietnamese from the shared rules). */
export function useDossierLabels() {
  const { t } = useI18n();
  return useMemo(
    () => ({
      status: (status: DossierStatus) => t(`dossiers.status.${status}`),
      action: (action: DossierAction) => t(`dossiers.action.${action}`),
      timeliness: (value: Timeliness) => t(`dossiers.timeliness.${value}`),
      queue: (queue: QueueKind) => t(`dossiers.queue.${queue}`),
      channel: (channel: DossierChannel) => t(`dossiers.channel.${channel}`),
      returnMethod: (method: ReturnMethod) => t(`dossiers.returnMethod.${method}`),
      budget: (budget: { value: number; unit: string } | null) =>
        budget === null
          ? t('common.notAvailable')
          : budget.unit === 'working_hours'
            ? t('dossiers.budget.hours', { value: budget.value })
            : budget.unit === 'working_days'
              ? t('dossiers.budget.days', { value: budget.value })
              : `${budget.value} ${budget.unit}`,
    }),
    [t],
  );
}
