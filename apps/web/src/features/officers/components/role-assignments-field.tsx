import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Select } from 'antd';
import { OrgUnitTreeSelect } from '@/features/org-units';
import { useRoleOptions } from '@/features/roles';
import { useI18n } from '@/i18n';

/** Edits `roles: [{role, orgUnitId}]` of a form; server errors like `body.roles.0.orgUnitId` land on the row. */
export function RoleAssignmentsField() {
  const { t } = useI18n();
  const roleOptions = useRoleOptions();
  return (
    <Form.List
      name="roles"
      rules={[{ validator: (_rule, roles: unknown[] | undefined) => (roles?.length ? Promise.resolve() : Promise.reject(new Error(t('officers.rolesRequired')))) }]}
    >
      {(fields, { add, remove }, { errors }) => (
        <fieldset className="plain-fieldset">
          <legend>{t('officers.roles')}</legend>
          {fields.map((field, index) => (
            <Flex key={field.key} gap={8} align="start" wrap className="role-row">
              <Form.Item
                name={[field.name, 'role']}
                label={`${t('officers.role')} ${index + 1}`}
                rules={[{ required: true, message: t('common.requiredSelect', { field: t('officers.role').toLowerCase() }) }]}
                style={{ flex: '1 1 220px', marginBottom: 8 }}
              >
                <Select options={roleOptions} />
              </Form.Item>
              <Form.Item
                name={[field.name, 'orgUnitId']}
                label={`${t('officers.roleUnit')} ${index + 1}`}
                rules={[{ required: true, message: t('common.requiredSelect', { field: t('officers.roleUnit').toLowerCase() }) }]}
                style={{ flex: '2 1 280px', marginBottom: 8 }}
              >
                <OrgUnitTreeSelect style={{ width: '100%' }} />
              </Form.Item>
              <Button
                type="text"
                danger
                icon={<MinusCircleOutlined />}
                aria-label={t('officers.removeRole', { index: index + 1 })}
                onClick={() => remove(field.name)}
                style={{ marginTop: 30 }}
              />
            </Flex>
          ))}
          <Form.ErrorList errors={errors} />
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})} style={{ marginTop: 4 }}>
            {t('officers.addRole')}
          </Button>
        </fieldset>
      )}
    </Form.List>
  );
}
