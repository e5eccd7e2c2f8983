import type { DossierSummary } from '@motcua/shared';
import { Alert, App, Modal, Select, Table } from 'antd';
import { useState } from 'react';
import { ErrorAlert } from '@/components/error-alert';
import { useI18n } from '@/i18n';
import { useAssignees } from '../api/get-assignees';
import { useBulkAssign } from '../api/bulk-assign';
import type { BulkAssignResult } from '../lib/types';

interface BulkAssignModalProps {
  dossiers: DossierSummary[];
  onClose: (assigned: boolean) => void;
}

/** The leader hands several dossiers to one officer; each is assigned on its own and reported row by row. */
export function BulkAssignModal({ dossiers, onClose }: BulkAssignModalProps) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const assignees = useAssignees(dossiers[0]?.id);
  const assign = useBulkAssign();
  const [assigneeId, setAssigneeId] = useState<string>();
  const [result, setResult] = useState<BulkAssignResult>();
  const codeOf = new Map(dossiers.map((dossier) => [dossier.id, dossier.code]));

  const submit = () => {
    if (!assigneeId) return;
    assign.mutate(
      { assigneeId, dossiers: dossiers.map((dossier) => ({ id: dossier.id, expectedVersion: dossier.version })) },
      {
        onSuccess: (outcome) => {
          const failed = outcome.items.filter((item) => !item.ok);
          if (failed.length === 0) {
            void message.success(t('dossiers.bulk.done', { count: outcome.items.length }));
            onClose(true);
          } else setResult(outcome);
        },
      },
    );
  };

  return (
    <Modal
      open
      title={t('dossiers.bulk.title', { count: dossiers.length })}
      okText={t('dossiers.bulk.submit')}
      cancelText={t('common.close')}
      okButtonProps={{ disabled: !assigneeId || result !== undefined, ...{ 'data-testid': 'bulk-assign-submit' } }}
      confirmLoading={assign.isPending}
      onOk={submit}
      onCancel={() => onClose(result !== undefined)}
    >
      {assign.isError ? <ErrorAlert error={assign.error} /> : null}
      {assignees.isError ? <ErrorAlert error={assignees.error} onRetry={() => void assignees.refetch()} /> : null}
      <label htmlFor="bulk-assignee" className="field-label">
        {t('dossiers.field.assignee')}
      </label>
      <Select<string>
        id="bulk-assignee"
        value={assigneeId}
        onChange={setAssigneeId}
        loading={assignees.isPending}
        placeholder={t('dossiers.assign.placeholder')}
        options={(assignees.data?.items ?? []).map((officer) => ({
          value: officer.id,
          label: t('dossiers.assign.option', { name: officer.fullName, unit: officer.unit.name, count: officer.openDossiers }),
        }))}
        style={{ width: '100%' }}
        data-testid="bulk-assignee"
      />
      {result ? (
        <>
          <Alert
            type="warning"
            showIcon
            style={{ marginTop: 16 }}
            title={t('dossiers.bulk.partial', { ok: result.items.filter((item) => item.ok).length, failed: result.items.filter((item) => !item.ok).length })}
          />
          <Table
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={result.items}
            style={{ marginTop: 12 }}
            data-testid="bulk-assign-result"
            columns={[
              { title: t('dossiers.field.code'), key: 'code', render: (_, item) => <code>{codeOf.get(item.id) ?? item.id}</code> },
              { title: t('dossiers.bulk.outcome'), key: 'ok', render: (_, item) => (item.ok ? t('dossiers.bulk.assigned') : (item.message ?? item.code ?? '')) },
            ]}
          />
        </>
      ) : null}
    </Modal>
  );
}
