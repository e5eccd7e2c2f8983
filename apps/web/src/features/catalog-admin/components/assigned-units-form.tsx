import { agencyRoles, type AdminProcedureDetail } from '@motcua/shared';
import { App, Button, Card, Col, Flex, Form, Row, Select } from 'antd';
import { ErrorAlert } from '@/components/error-alert';
import { useCatalogLabels } from '@/features/catalog';
import { OrgUnitTreeSelect } from '@/features/org-units';
import { useFormServerErrors } from '@/hooks/use-form-server-errors';
import { useI18n } from '@/i18n';
import { useSetAssignedUnits, type AssignedUnitInput } from '../api/set-assigned-units';
import { AddRowButton, RemoveRowButton } from './form-helpers';

interface UnitsValues {
  units: Partial<AssignedUnitInput>[];
}

/** Which agencies apply the procedure (and in which role); units must be within the officer's scope. */
export function AssignedUnitsForm({ procedure }: { procedure: AdminProcedureDetail }) {
  const { t } = useI18n();
  const labels = useCatalogLabels();
  const { message } = App.useApp();
  const [form] = Form.useForm<UnitsValues>();
  const { generalError, handleError, clearError } = useFormServerErrors(form);
  const save = useSetAssignedUnits();
  const roleOptions = agencyRoles.map((role) => ({ value: role, label: labels.agencyRole(role) }));

  const submit = (values: UnitsValues) => {
    clearError();
    const units = (values.units ?? []).filter((unit): unit is AssignedUnitInput => Boolean(unit.unitId && unit.role));
    save.mutate(
      { id: procedure.id, units },
      { onSuccess: () => void message.success(t('catalogAdmin.units.saved')), onError: handleError },
    );
  };

  return (
    <Card>
      <h2 className="form-section-title">{t('catalogAdmin.units.title', { total: procedure.assignedUnits.length })}</h2>
      <p className="muted-text">{t('catalogAdmin.units.help')}</p>
      {generalError ? <ErrorAlert error={generalError} /> : null}
      <Form<UnitsValues>
        form={form}
        layout="vertical"
        name="assigned-units"
        initialValues={{ units: procedure.assignedUnits.map((unit) => ({ unitId: unit.unitId, role: unit.role })) }}
        onFinish={submit}
      >
        <Form.List name="units">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, index) => (
                <Row gutter={12} key={field.key} wrap={false} className="list-row" data-testid="assigned-unit-row">
                  <Col flex="auto">
                    <Form.Item name={[field.name, 'unitId']} label={t('catalogAdmin.units.unit', { index: index + 1 })} rules={[{ required: true, message: t('common.requiredSelect', { field: t('catalogAdmin.units.unitField') }) }]}>
                      <OrgUnitTreeSelect style={{ width: '100%' }} />
                    </Form.Item>
                  </Col>
                  <Col flex="240px">
                    <Form.Item name={[field.name, 'role']} label={t('catalogAdmin.units.role')} rules={[{ required: true, message: t('common.requiredSelect', { field: t('catalogAdmin.units.role') }) }]}>
                      <Select options={roleOptions} />
                    </Form.Item>
                  </Col>
                  <Col flex="none" className="list-row-remove">
                    <RemoveRowButton onClick={() => remove(field.name)} label={t('catalogAdmin.units.remove', { index: index + 1 })} />
                  </Col>
                </Row>
              ))}
              <AddRowButton onClick={() => add({ role: 'implementing' })}>{t('catalogAdmin.units.add')}</AddRowButton>
            </>
          )}
        </Form.List>
        <Flex justify="end" style={{ marginTop: 16 }}>
          <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="assigned-units-save">
            {t('catalogAdmin.units.save')}
          </Button>
        </Flex>
      </Form>
    </Card>
  );
}
