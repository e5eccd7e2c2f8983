import type { Officer } from '@motcua/shared';
import { App, Form, Input, Modal } from 'antd';
import { ErrorAlert } from '@/components/error-alert';
import { useFormServerErrors } from '@/hooks/use-form-server-errors';
import { useI18n } from '@/i18n';
import { useResetOfficerPassword } from '../api/reset-officer-password';
import { officerFormRules } from './officer-form-rules';

export function ResetPasswordModal({ officer, onClose }: { officer: Officer; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ password: string }>();
  const { generalError, handleError, clearError } = useFormServerErrors(form);
  const resetPassword = useResetOfficerPassword();

  const submit = ({ password }: { password: string }) => {
    clearError();
    resetPassword.mutate(
      { id: officer.id, password },
      {
        onSuccess: () => {
          void message.success(t('officers.passwordReset'));
          onClose();
        },
        onError: handleError,
      },
    );
  };

  return (
    <Modal
      open
      title={t('officers.resetTitle', { name: officer.fullName })}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={resetPassword.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      {generalError ? <ErrorAlert error={generalError} /> : null}
      <Form form={form} layout="vertical" name="reset-password" onFinish={submit}>
        <Form.Item name="password" label={t('officers.newPassword')} extra={t('officers.passwordHelp')} rules={officerFormRules(t).password}>
          <Input.Password autoComplete="new-password" autoFocus />
        </Form.Item>
      </Form>
    </Modal>
  );
}
