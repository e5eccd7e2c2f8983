import type { DossierSummary } from '@motcua/shared';
import { App, Modal, Radio } from 'antd';
import { useState } from 'react';
import { ErrorAlert } from '@/components/error-alert';
import { useI18n } from '@/i18n';
import { useDossierAction } from '../api/run-dossier-action';
import { useIdempotencyKey } from '../lib/idempotency';
import type { ReturnMethod } from '../lib/use-dossier-labels';

/** The desk hands the result over: at the counter, by post or electronically. */
export function ReturnResultModal({ dossier, onClose }: { dossier: DossierSummary; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const run = useDossierAction();
  const keyFor = useIdempotencyKey();
  const [method, setMethod] = useState<ReturnMethod>('desk');
  const submit = () => {
    const body = { expectedVersion: dossier.version, returnMethod: method };
    run.mutate(
      { id: dossier.id, action: 'return_result', body, idempotencyKey: keyFor({ action: 'return_result', id: dossier.id, body }) },
      {
        onSuccess: () => {
          void message.success(t('dossiers.returns.done', { code: dossier.code }));
          onClose();
        },
      },
    );
  };
  return (
    <Modal
      open
      title={t('dossiers.returns.title', { code: dossier.code })}
      okText={t('dossiers.action.return_result')}
      cancelText={t('common.cancel')}
      confirmLoading={run.isPending}
      onOk={submit}
      onCancel={onClose}
      okButtonProps={{ ...{ 'data-testid': 'return-confirm' } }}
    >
      {run.isError ? <ErrorAlert error={run.error} /> : null}
      <p>
        {dossier.applicantName} · {dossier.procedure.name}
      </p>
      <fieldset className="desk-fieldset">
        <legend>{t('dossiers.field.returnMethod')}</legend>
        <Radio.Group
          value={method}
          onChange={(event) => setMethod(event.target.value as ReturnMethod)}
          options={(['desk', 'post', 'electronic'] as const).map((value) => ({ value, label: t(`dossiers.returnMethod.${value}`) }))}
          data-testid="return-method"
        />
      </fieldset>
    </Modal>
  );
}
