import { App, Button, Card, Flex, Form, Input } from 'antd';
import { generatePath, useNavigate } from 'react-router';
import { ButtonLink } from '@/components/button-link';
import { ErrorAlert } from '@/components/error-alert';
import { PageHeader } from '@/components/page-header';
import { paths } from '@/config/paths';
import { useFormServerErrors } from '@/hooks/use-form-server-errors';
import { usePageTitle } from '@/hooks/use-page-title';
import { useI18n } from '@/i18n';
import { useCreateProcedure } from '../api/create-procedure';
import { ProcedureGeneralFields } from '../components/procedure-general-fields';
import { emptyProcedureValues, textOrNull, valuesToFields, type ProcedureFieldValues } from '../lib/procedure-form';

type CreateValues = ProcedureFieldValues & { code: string };

/** A new draft procedure (version 1); variants are added on its edit page. */
export function ProcedureCreatePage() {
  const { t } = useI18n();
  usePageTitle(t('catalogAdmin.procedure.createTitle'), 'admin');
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<CreateValues>();
  const { generalError, handleError, clearError } = useFormServerErrors(form);
  const create = useCreateProcedure();

  const submit = (values: CreateValues) => {
    clearError();
    create.mutate(
      { ...valuesToFields(values), code: values.code.trim(), variants: [], changeNote: textOrNull(values.changeNote) },
      {
        onSuccess: (detail) => {
          void message.success(t('catalogAdmin.procedure.created'));
          void navigate(`${generatePath(paths.admin.catalogProcedure, { id: detail.id })}?tab=variants`);
        },
        onError: handleError,
      },
    );
  };

  return (
    <>
      <PageHeader title={t('catalogAdmin.procedure.createTitle')} description={t('catalogAdmin.procedure.createLead')} />
      <Form<CreateValues> form={form} layout="vertical" name="procedure-create" initialValues={{ ...emptyProcedureValues, code: '' }} onFinish={submit} scrollToFirstError data-testid="procedure-create-form">
        {generalError ? <ErrorAlert error={generalError} /> : null}
        <ProcedureGeneralFields form={form} codeField />
        <Card className="form-card form-actions-card">
          <Form.Item name="changeNote" label={t('catalogAdmin.form.changeNote')}>
            <Input maxLength={1000} />
          </Form.Item>
          <Flex justify="end" gap={8}>
            <ButtonLink to={paths.admin.catalogProcedures}>{t('common.cancel')}</ButtonLink>
            <Button type="primary" htmlType="submit" loading={create.isPending} data-testid="procedure-create-submit">
              {t('catalogAdmin.procedure.createSubmit')}
            </Button>
          </Flex>
        </Card>
      </Form>
    </>
  );
}
