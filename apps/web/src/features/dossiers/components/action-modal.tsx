import type { DossierDetail } from '@motcua/shared';
import { App, Form, Input, Modal } from 'antd';
import type { KeyboardEvent } from 'react';
import { ErrorAlert } from '@/components/error-alert';
import { useFormServerErrors } from '@/hooks/use-form-server-errors';
import { useI18n } from '@/i18n';
import { isStaleOrNotAllowed, useDossierAction } from '../api/run-dossier-action';
import { useIdempotencyKey } from '../lib/idempotency';
import { actionFields, lastMissingDocuments, toActionBody, type ActionFormValues } from '../lib/action-form';
import type { AvailableAction } from '../lib/types';
import { useDossierLabels } from '../lib/use-dossier-labels';
import { ActionFields } from './action-fields';

interface ActionModalProps {
  dossier: DossierDetail;
  action: AvailableAction;
  onClose: () => void;
  /** Someone acted first or the action is no longer allowed: the page shows why and the fresh dossier. */
  onConflict: (error: unknown) => void;
}

/** The small form of one action; it sends the version the officer saw, so a stale page cannot overwrite. */
export function ActionModal({ dossier, action, onClose, onConflict }: ActionModalProps) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const labels = useDossierLabels();
  const [form] = Form.useForm<ActionFormValues>();
  const run = useDossierAction();
  const keyFor = useIdempotencyKey();
  const { generalError, handleError, clearError } = useFormServerErrors(form);
  const fields = actionFields(action.action, dossier.status);
  const name = labels.action(action.action);

  const submit = (values: ActionFormValues) => {
    clearError();
    const body = toActionBody(fields, dossier.version, values);
    run.mutate(
      { id: dossier.id, action: action.action, body, idempotencyKey: keyFor({ action: action.action, body }) },
      {
        onSuccess: (next) => {
          void message.success(t('dossiers.action.done', { action: name, status: labels.status(next.status) }));
          onClose();
        },
        onError: (error) => {
          if (isStaleOrNotAllowed(error)) {
            onConflict(error);
            onClose();
          } else handleError(error);
        },
      },
    );
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      form.submit();
    }
  };

  return (
    <Modal
      open
      title={name}
      okText={t('dossiers.action.confirm', { action: name })}
      cancelText={t('common.cancel')}
      confirmLoading={run.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      okButtonProps={{ ...{ 'data-testid': 'action-confirm' } }}
      destroyOnHidden
      width={600}
    >
      <div onKeyDown={onKeyDown} data-testid="action-modal" data-action={action.action}>
        <p className="muted-text">{t('dossiers.action.leadsTo', { status: labels.status(action.to) })}</p>
        {action.flags.length > 0 ? (
          <ul className="action-flags" data-testid="action-flags">
            {action.flags.map((flag) => (
              <li key={flag.code}>{flag.message}</li>
            ))}
          </ul>
        ) : null}
        {generalError ? <ErrorAlert error={generalError} /> : null}
        <Form<ActionFormValues>
          form={form}
          layout="vertical"
          onFinish={submit}
          initialValues={action.action === 'submit_supplement' ? { documents: lastMissingDocuments(dossier.actions).map((n) => ({ name: n, originals: 1, copies: 0 })) } : {}}
        >
          <ActionFields fields={fields} dossier={dossier} />
          <Form.Item
            name="reason"
            label={action.needsReason ? t('dossiers.action.reason') : t('dossiers.action.note')}
            rules={action.needsReason ? [{ required: true, whitespace: true, message: t('dossiers.action.reasonRequired') }] : []}
          >
            <Input.TextArea rows={3} maxLength={4000} autoFocus={fields.length === 0} data-testid="action-reason" />
          </Form.Item>
        </Form>
      </div>
    </Modal>
  );
}
