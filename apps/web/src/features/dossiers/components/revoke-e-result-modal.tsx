import type { EResultSummary } from '@motcua/shared';
import { Alert, App, Form, Input, Modal } from 'antd';
import { ErrorAlert } from '@/components/error-alert';
import { useFormServerErrors } from '@/hooks/use-form-server-errors';
import { useI18n } from '@/i18n';
import { useRevokeEResult } from '../api/revoke-e-result';

interface RevokeValues {
  reason: string;
}

/** Revoking an electronic result needs a stated reason; the public verification page shows the revocation from then on. */
export function RevokeEResultModal({ dossierId, result, onClose }: { dossierId: string; result: EResultSummary; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<RevokeValues>();
  const { generalError, handleError, clearError } = useFormServerErrors(form);
  const revoke = useRevokeEResult();

  const submit = ({ reason }: RevokeValues) => {
    clearError();
    revoke.mutate(
      { dossierId, resultId: result.id, reason: reason.trim() },
      {
        onSuccess: () => {
          void message.success(t('dossiers.papers.revokeDone', { code: result.resultCode }));
          onClose();
        },
        onError: handleError,
      },
    );
  };

  return (
    <Modal
      open
      title={t('dossiers.papers.revokeTitle', { code: result.resultCode })}
      okText={t('dossiers.papers.revoke')}
      okButtonProps={{ danger: true, ...{ 'data-testid': 'e-result-revoke-confirm' } }}
      cancelText={t('common.cancel')}
      confirmLoading={revoke.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <div data-testid="e-result-revoke-modal">
        <Alert type="warning" showIcon title={t('dossiers.papers.revokeWarning')} style={{ marginBottom: 16 }} />
        {generalError ? <ErrorAlert error={generalError} /> : null}
        <Form<RevokeValues> form={form} layout="vertical" name="revoke-e-result" onFinish={submit}>
          <Form.Item
            name="reason"
            label={t('dossiers.papers.revokeReason')}
            rules={[
              { required: true, whitespace: true, message: t('dossiers.papers.revokeReasonRequired') },
              { min: 5, message: t('dossiers.papers.revokeReasonRequired') },
            ]}
          >
            <Input.TextArea rows={4} maxLength={1000} showCount autoFocus data-testid="e-result-revoke-reason" />
          </Form.Item>
        </Form>
      </div>
    </Modal>
  );
}
