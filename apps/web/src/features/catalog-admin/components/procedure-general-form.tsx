import type { AdminProcedureDetail } from '@motcua/shared';
import { App, Button, Card, Flex, Form, Input } from 'antd';
import { ErrorAlert } from '@/components/error-alert';
import { useFormServerErrors } from '@/hooks/use-form-server-errors';
import { useI18n } from '@/i18n';
import { useUpdateProcedure } from '../api/update-procedure';
import { procedureToValues, textOrNull, valuesToFields, type ProcedureFieldValues } from '../lib/procedure-form';
import { ProcedureGeneralFields } from './procedure-general-fields';

/** Edits the record's fields; the body names the version it was based on (409 if someone saved in between). */
export function ProcedureGeneralForm({ procedure, onConflict }: { procedure: AdminProcedureDetail; onConflict: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<ProcedureFieldValues>();
  const { generalError, handleError, clearError } = useFormServerErrors(form);
  const update = useUpdateProcedure();

  const submit = (values: ProcedureFieldValues) => {
    clearError();
    update.mutate(
      { id: procedure.id, body: { ...valuesToFields(values), baseVersion: procedure.latestVersionNumber, changeNote: textOrNull(values.changeNote) } },
      {
        onSuccess: (detail) => {
          void message.success(t('catalogAdmin.procedure.savedVersion', { version: detail.latestVersionNumber }));
          form.setFieldValue('changeNote', null);
        },
        onError: handleError,
      },
    );
  };

  return (
    <Form<ProcedureFieldValues> form={form} layout="vertical" name="procedure" initialValues={procedureToValues(procedure)} onFinish={submit} scrollToFirstError data-testid="procedure-form">
      {generalError ? <ErrorAlert error={generalError} onRetry={onConflict} /> : null}
      <ProcedureGeneralFields form={form} />
      <Card className="form-card form-actions-card">
        <Form.Item name="changeNote" label={t('catalogAdmin.form.changeNote')} extra={t('catalogAdmin.form.changeNoteHelp')}>
          <Input maxLength={1000} data-testid="procedure-change-note" />
        </Form.Item>
        <Flex justify="end" gap={8}>
          <Button onClick={() => form.resetFields()}>{t('catalogAdmin.form.reset')}</Button>
          <Button type="primary" htmlType="submit" loading={update.isPending} data-testid="procedure-save">
            {t('catalogAdmin.procedure.saveNewVersion')}
          </Button>
        </Flex>
      </Card>
    </Form>
  );
}
