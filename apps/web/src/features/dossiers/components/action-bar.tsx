import type { DossierAction, DossierDetail } from '@motcua/shared';
import { Button, Flex } from 'antd';
import { useI18n } from '@/i18n';
import type { AvailableAction } from '../lib/types';
import { useDossierLabels } from '../lib/use-dossier-labels';

/** The forward path of a dossier: the first of these that is allowed is the highlighted next step. */
const forward: readonly DossierAction[] = [
  'accept_online', 'transfer', 'assign', 'start_step', 'complete_step', 'request_approval', 'approve', 'sign', 'issue_result', 'return_result',
  'submit_supplement', 'record_payment', 'answer_consultation',
];

/** Exactly the actions the server accepts now from this officer, the usual next step first. */
export function ActionBar({ dossier, onPick }: { dossier: DossierDetail; onPick: (action: AvailableAction) => void }) {
  const { t } = useI18n();
  const labels = useDossierLabels();
  if (dossier.allowedActions.length === 0) {
    return <p className="muted-text" data-testid="dossier-no-actions">{t('dossiers.page.noActions')}</p>;
  }
  const next = forward.find((action) => dossier.allowedActions.some((available) => available.action === action));
  const ordered = [...dossier.allowedActions].sort((a, b) => Number(b.action === next) - Number(a.action === next));
  return (
    <Flex gap={8} wrap role="group" aria-label={t('dossiers.page.actions')} data-testid="dossier-actions">
      {ordered.map((available) => (
        <Button
          key={available.action}
          type={available.action === next ? 'primary' : 'default'}
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
