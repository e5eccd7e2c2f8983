import type { Officer, RoleAssignment } from '@motcua/shared';
import { App, Form, Modal } from 'antd';
import { ErrorAlert } from '@/components/error-alert';
import { useFormServerErrors } from '@/hooks/use-form-server-errors';
import { useI18n } from '@/i18n';
import { useSetOfficerRoles } from '../api/set-officer-roles';
import { RoleAssignmentsField } from './role-assignments-field';

export function OfficerRolesModal({ officer, onClose }: { officer: Officer; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ roles: RoleAssignment[] }>();
  const { generalError, handleError, clearError } = useFormServerErrors(form);
  const setRoles = useSetOfficerRoles();

  const submit = ({ roles }: { roles: RoleAssignment[] }) => {
    clearError();
    setRoles.mutate(
      { id: officer.id, roles },
      {
        onSuccess: () => {
          void message.success(t('officers.rolesUpdated'));
          onClose();
        },
        onError: handleError,
      },
    );
  };

  return (
    <Modal
      open
      title={t('officers.rolesTitle', { name: officer.fullName })}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={setRoles.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      width={720}
    >
      {generalError ? <ErrorAlert error={generalError} /> : null}
      <Form
        form={form}
        layout="vertical"
        name="officer-roles"
        initialValues={{ roles: officer.roles.map(({ role, orgUnitId }) => ({ role, orgUnitId })) }}
        onFinish={submit}
      >
        <RoleAssignmentsField />
      </Form>
    </Modal>
  );
}
