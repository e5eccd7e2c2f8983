import { citizenIdSchema, taxCodeSchema } from '@motcua/shared';
import { Col, Form, Input, Radio, Row } from 'antd';
import type { Rule } from 'antd/es/form';
import { useI18n } from '@/i18n';

/** The same zod schema as the server, so the desk sees a wrong ID number while typing, not after submitting. */
function schemaRule(schema: typeof citizenIdSchema | typeof taxCodeSchema): Rule {
  return {
    validator: async (_rule, value: string | undefined) => {
      if (!value) return;
      const result = schema.safeParse(value);
      if (!result.success) throw new Error(result.error.issues[0]?.message ?? '');
    },
  };
}

export function ApplicantFields() {
  const { t } = useI18n();
  const kind = Form.useWatch(['applicant', 'kind']) as 'individual' | 'organisation' | undefined;
  const required = (field: string) => ({ required: true, whitespace: true, message: t('common.requiredField', { field }) });
  return (
    <fieldset className="desk-fieldset">
      <legend>{t('dossiers.desk.applicant')}</legend>
      <Form.Item name={['applicant', 'kind']} label={t('dossiers.desk.applicantKind')}>
        <Radio.Group
          optionType="button"
          options={[
            { value: 'individual', label: t('dossiers.desk.individual') },
            { value: 'organisation', label: t('dossiers.desk.organisation') },
          ]}
          data-testid="desk-applicant-kind"
        />
      </Form.Item>
      {kind === 'organisation' ? (
        <>
          <Form.Item name={['applicant', 'name']} label={t('dossiers.desk.organisationName')} rules={[required(t('dossiers.desk.organisationName'))]}>
            <Input maxLength={300} data-testid="desk-organisation-name" />
          </Form.Item>
          <Row gutter={12}>
            <Col xs={24} md={12}>
              <Form.Item
                name={['applicant', 'taxCode']}
                label={t('dossiers.desk.taxCode')}
                validateTrigger="onChange"
                hasFeedback
                rules={[required(t('dossiers.desk.taxCode')), schemaRule(taxCodeSchema)]}
              >
                <Input inputMode="numeric" maxLength={14} data-testid="desk-tax-code" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name={['applicant', 'representative']} label={t('dossiers.desk.representative')}>
                <Input maxLength={200} />
              </Form.Item>
            </Col>
          </Row>
        </>
      ) : (
        <Row gutter={12}>
          <Col xs={24} md={12}>
            <Form.Item name={['applicant', 'fullName']} label={t('dossiers.desk.fullName')} rules={[required(t('dossiers.desk.fullName'))]}>
              <Input maxLength={200} autoComplete="off" data-testid="desk-full-name" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name={['applicant', 'citizenId']}
              label={t('dossiers.desk.citizenId')}
              validateTrigger="onChange"
              hasFeedback
              rules={[required(t('dossiers.desk.citizenId')), schemaRule(citizenIdSchema)]}
            >
              <Input inputMode="numeric" maxLength={12} autoComplete="off" data-testid="desk-citizen-id" />
            </Form.Item>
          </Col>
        </Row>
      )}
      <Row gutter={12}>
        <Col xs={24} md={12}>
          <Form.Item name={['applicant', 'phone']} label={t('dossiers.desk.phone')}>
            <Input type="tel" maxLength={13} autoComplete="off" data-testid="desk-phone" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name={['applicant', 'email']} label={t('dossiers.desk.email')} rules={[{ type: 'email', message: t('dossiers.desk.emailInvalid') }]}>
            <Input type="email" maxLength={200} autoComplete="off" data-testid="desk-email" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name={['applicant', 'address']} label={t('dossiers.desk.address')}>
        <Input maxLength={500} autoComplete="off" data-testid="desk-address" />
      </Form.Item>
    </fieldset>
  );
}
