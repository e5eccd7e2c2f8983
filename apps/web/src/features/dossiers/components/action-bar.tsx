import type { DossierDetail } from '@motcua/shared';
import { Button, Flex } from 'antd';
import { useI18n } from '@/i18n';
import type { AvailableAction } from '../lib/types';
import { useDossierLabels } from '../lib/use-dossier-labels';

/** Exactly the actions the server accepts now from this officer; the first one is the usual next step. */
export function ActionBar({ dossier, onPick }: { dossier: DossierDetail; onPick: (action: AvailableAction) => void }) {
  const { t } = useI18n();
  const labels = useDossierLabels();
  if (dossier.allowedActions.length === 0) {
    return <p className="muted-text" data-testid="dossier-no-actions">{t('dossiers.page.noActions')}</p>;
  }
  return (
    <Flex gap={8} wrap role="group" aria-label={t('dossiers.page.actions')} data-testid="dossier-actions">
      {dossier.allowedActions.map((available, index) => (
        <Button
          key={available.action}
          type={index === 0 ? 'primary' : 'default'}
          danger={['refuse', 'stop', 'withdraw'].includes(available.action)}
          onClick={() => onPick(available)}
          data-testid={`action-${available.action}`}
        >
          {labels.action(available.action)}
        </Button>
      ))}
    </Flex>
  );
}
