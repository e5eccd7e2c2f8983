import type { PublicationDecision } from '@motcua/shared';
import { App, Checkbox, Modal, Skeleton } from 'antd';
import { useState } from 'react';
import { ErrorAlert } from '@/components/error-alert';
import { useI18n } from '@/i18n';
import { useDecisionCheck } from '../api/check-decision';
import { useIssueDecision } from '../api/issue-decision';
import { DecisionCheckPanel } from './decision-check-panel';

/**
 * Issuing makes every item's latest version public. Items with missing mandatory components can be
 * published only with an explicit acknowledgement (they are then flagged incomplete).
 */
export function IssueDecisionModal({ decision, onClose }: { decision: PublicationDecision; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const check = useDecisionCheck(decision.id, true);
  const issue = useIssueDecision();
  const [acknowledged, setAcknowledged] = useState(false);
  const incomplete = check.data?.items.filter((item) => !item.check.complete) ?? [];
  const needsAcknowledgement = incomplete.length > 0;

  const confirm = () =>
    issue.mutate(
      { id: decision.id, acknowledgeIncomplete: needsAcknowledgement && acknowledged },
      {
        onSuccess: () => {
          void message.success(t('catalogAdmin.issue.done', { number: decision.number }));
          onClose();
        },
      },
    );

  return (
    <Modal
      open
      width={860}
      title={t('catalogAdmin.issue.title', { number: decision.number })}
      okText={t('catalogAdmin.issue.confirm')}
      cancelText={t('common.cancel')}
      okButtonProps={{ disabled: !check.data || (needsAcknowledgement && !acknowledged), ...{ 'data-testid': 'issue-confirm' } }}
      confirmLoading={issue.isPending}
      onOk={confirm}
      onCancel={onClose}
    >
      <p>{t('catalogAdmin.issue.lead', { count: decision.items.length, lists: decision.serviceLists.length })}</p>
      {issue.isError ? <ErrorAlert error={issue.error} /> : null}
      {check.isPending ? <Skeleton active /> : null}
      {check.isError ? <ErrorAlert error={check.error} onRetry={() => void check.refetch()} /> : null}
      {check.data ? <DecisionCheckPanel check={check.data} /> : null}
      {needsAcknowledgement ? (
        <Checkbox checked={acknowledged} onChange={(event) => setAcknowledged(event.target.checked)} style={{ marginTop: 12 }} data-testid="issue-acknowledge">
          {t('catalogAdmin.issue.acknowledge', { count: incomplete.length })}
        </Checkbox>
      ) : null}
    </Modal>
  );
}
