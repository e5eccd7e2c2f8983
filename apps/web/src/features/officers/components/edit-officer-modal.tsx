import type { Officer } from '@motcua/shared';
import { App, Form, Input, Modal, Switch } from 'antd';
import { ErrorAlert } from '@/components/error-alert';
import { useFormServerErrors } from '@/hooks/use-form-server-errors';
import { useI18n } from '@/i18n';
import { useUpdateOfficer } from '../api/update-officer';
import { officerFormRules } from './officer-form-rules';

interface EditOfficerValues {
  fullName: string;
  email?: string;
  isActive: boolean;
}

export function EditOfficerModal({ officer, onClose }: { officer: Officer; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<EditOfficerValues>();
  const { generalError, handleError, clearError } = useFormServerErrors(form);
  const updateOfficer = useUpdateOfficer();
  const rules = officerFormRules(t);

  const submit = (values: EditOfficerValues) => {
    clearError();
    const body = { fullName: values.fullName.trim(), email: values.email?.trim() ? values.email.trim() : null, isActive: values.isActive };
    updateOfficer.mutate(
      { id: officer.id, body },
      {
        onSuccess: () => {
          void message.success(t('officers.updated'));
          onClose();
        },
        onError: handleError,
      },
    );
  };

  return (
    <Modal
      open
      title={t('officers.editTitle', { name: officer.fullName })}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={updateOfficer.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      {generalError ? <ErrorAlert error={generalError} /> : null}
      <Form<EditOfficerValues>
        form={form}
        layout="vertical"
        name="edit-officer"
        initialValues={{ fullName: officer.fullName, email: officer.email ?? undefined, isActive: officer.isActive }}
        onFinish={submit}
      >
        <Form.Item name="fullName" label={t('officers.fullName')} rules={rules.fullName}>
          <Input autoFocus maxLength={255} />
        </Form.Item>
        <Form.Item name="email" label={t('officers.email')} rules={rules.email}>
          <Input type="email" />
        </Form.Item>
        <Form.Item name="isActive" label={t('common.active')} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Form>
    </Modal>
  );
}
