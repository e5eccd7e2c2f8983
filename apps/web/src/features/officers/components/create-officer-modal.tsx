import type { CreateOfficerBody, RoleAssignment } from '@motcua/shared';
import { App, Form, Input, Modal } from 'antd';
import { ErrorAlert } from '@/components/error-alert';
import { useFormServerErrors } from '@/hooks/use-form-server-errors';
import { useI18n } from '@/i18n';
import { useCreateOfficer } from '../api/create-officer';
import { officerFormRules } from './officer-form-rules';
import { RoleAssignmentsField } from './role-assignments-field';

interface CreateOfficerValues {
  username: string;
  fullName: string;
  email?: string;
  password: string;
  roles: RoleAssignment[];
}

export function CreateOfficerModal({ onClose }: { onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<CreateOfficerValues>();
  const { generalError, handleError, clearError } = useFormServerErrors(form);
  const createOfficer = useCreateOfficer();
  const rules = officerFormRules(t);

  const submit = (values: CreateOfficerValues) => {
    clearError();
    const body: CreateOfficerBody = {
      username: values.username.trim().toLowerCase(),
      fullName: values.fullName.trim(),
      email: values.email?.trim() ? values.email.trim() : null,
      password: values.password,
      roles: values.roles,
    };
    createOfficer.mutate(body, {
      onSuccess: () => {
        void message.success(t('officers.created'));
        onClose();
      },
      onError: handleError,
    });
  };

  return (
    <Modal
      open
      title={t('officers.createTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={createOfficer.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      width={720}
    >
      {generalError ? <ErrorAlert error={generalError} /> : null}
      <Form<CreateOfficerValues> form={form} layout="vertical" name="create-officer" initialValues={{ roles: [{}] }} onFinish={submit}>
        <Form.Item name="username" label={t('officers.username')} rules={rules.username}>
          <Input autoComplete="off" autoFocus maxLength={50} />
        </Form.Item>
        <Form.Item name="fullName" label={t('officers.fullName')} rules={rules.fullName}>
          <Input autoComplete="off" maxLength={255} />
        </Form.Item>
        <Form.Item name="email" label={t('officers.email')} rules={rules.email}>
          <Input type="email" autoComplete="off" />
        </Form.Item>
        <Form.Item name="password" label={t('officers.password')} extra={t('officers.passwordHelp')} rules={rules.password}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <RoleAssignmentsField />
      </Form>
    </Modal>
  );
}
