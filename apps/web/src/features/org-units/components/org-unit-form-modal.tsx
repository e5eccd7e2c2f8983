import type { OrgUnit, OrgUnitKind } from '@motcua/shared';
import { App, Form, Input, Modal, Select, Switch, Typography } from 'antd';
import { ErrorAlert } from '@/components/error-alert';
import { useFormServerErrors } from '@/hooks/use-form-server-errors';
import { useI18n } from '@/i18n';
import { useCreateOrgUnit } from '../api/create-org-unit';
import { useOrgLevels } from '../api/get-org-levels';
import { useUpdateOrgUnit } from '../api/update-org-unit';
import { useOrgUnitKindOptions } from '../lib/use-org-unit-labels';

export type OrgUnitFormTarget = { mode: 'create'; parent: OrgUnit } | { mode: 'edit'; unit: OrgUnit };

interface OrgUnitFormValues {
  code: string;
  name: string;
  shortName?: string;
  kind: OrgUnitKind;
  levelCode: string;
  isActive: boolean;
}

function initialValuesOf(target: OrgUnitFormTarget): Partial<OrgUnitFormValues> {
  if (target.mode === 'edit') {
    const { code, name, shortName, kind, levelCode, isActive } = target.unit;
    return { code, name, shortName: shortName ?? undefined, kind, levelCode, isActive };
  }
  return { levelCode: target.parent.levelCode, isActive: true };
}

export function OrgUnitFormModal({ target, onClose }: { target: OrgUnitFormTarget; onClose: () => void }) {
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<OrgUnitFormValues>();
  const { generalError, handleError, clearError } = useFormServerErrors(form);
  const kindOptions = useOrgUnitKindOptions();
  const levels = useOrgLevels();
  const createUnit = useCreateOrgUnit();
  const updateUnit = useUpdateOrgUnit();
  const isCreate = target.mode === 'create';
  const required = (field: string) => ({ required: true, whitespace: true, message: t('common.requiredField', { field: field.toLowerCase() }) });

  const submit = (values: OrgUnitFormValues) => {
    clearError();
    const shortName = values.shortName?.trim() ? values.shortName.trim() : null;
    const common = { code: values.code.trim(), name: values.name.trim(), shortName, kind: values.kind };
    if (target.mode === 'create') {
      createUnit.mutate(
        { ...common, parentId: target.parent.id, levelCode: values.levelCode },
        { onSuccess: () => { void message.success(t('orgUnits.created')); onClose(); }, onError: handleError },
      );
    } else {
      updateUnit.mutate(
        { id: target.unit.id, body: { ...common, isActive: values.isActive } },
        { onSuccess: () => { void message.success(t('orgUnits.updated')); onClose(); }, onError: handleError },
      );
    }
  };

  return (
    <Modal
      open
      title={isCreate ? t('orgUnits.createTitle') : t('orgUnits.editTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={createUnit.isPending || updateUnit.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      width={600}
    >
      {generalError ? <ErrorAlert error={generalError} /> : null}
      {target.mode === 'create' ? (
        <Typography.Paragraph>
          {`${t('orgUnits.parent')}: `}
          <strong>{target.parent.name}</strong>
        </Typography.Paragraph>
      ) : null}
      <Form<OrgUnitFormValues> form={form} layout="vertical" initialValues={initialValuesOf(target)} onFinish={submit} name="org-unit">
        <Form.Item name="name" label={t('orgUnits.name')} rules={[required(t('orgUnits.name'))]}>
          <Input maxLength={255} autoFocus />
        </Form.Item>
        <Form.Item name="shortName" label={t('orgUnits.shortName')}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="code" label={t('orgUnits.code')} rules={[required(t('orgUnits.code'))]}>
          <Input maxLength={40} />
        </Form.Item>
        <Form.Item name="kind" label={t('orgUnits.kind')} rules={[{ required: true, message: t('common.requiredSelect', { field: t('orgUnits.kind').toLowerCase() }) }]}>
          <Select options={kindOptions} />
        </Form.Item>
        {isCreate ? (
          <Form.Item name="levelCode" label={t('orgUnits.level')} rules={[{ required: true, message: t('common.requiredSelect', { field: t('orgUnits.level').toLowerCase() }) }]}>
            <Select
              loading={levels.isPending}
              options={(levels.data ?? []).map((level) => ({ value: level.code, label: locale === 'vi' ? level.name : level.nameEn }))}
            />
          </Form.Item>
        ) : (
          <Form.Item name="isActive" label={t('orgUnits.isActive')} valuePropName="checked">
            <Switch />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
