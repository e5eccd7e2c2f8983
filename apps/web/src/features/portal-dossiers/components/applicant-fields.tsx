import { Form, Input } from 'antd';
import { useI18n } from '@/i18n';
import { citizenIdShapeValid, taxCodeShapeValid } from '../lib/applicant';

const phonePattern = /^(\+84|0)\d{9,10}$/;

/** The applicant block (inside the apply page's form, under `applicant`), prefilled from the profile. */
export function ApplicantFields({ kind }: { kind: 'individual' | 'organisation' }) {
  const { t } = useI18n();
  const required = (field: string) => ({ required: true, whitespace: true, message: t('common.requiredField', { field: field.toLowerCase() }) });
  return (
    <>
      <Form.Item name={['applicant', 'kind']} hidden>
        <Input />
      </Form.Item>
      {kind === 'individual' ? (
        <div className="apply-form-row">
          <Form.Item name={['applicant', 'fullName']} label={t('portalDossiers.applicant.fullName')} rules={[required(t('portalDossiers.applicant.fullName'))]}>
            <Input autoComplete="name" maxLength={200} data-testid="apply-applicant-full-name" />
          </Form.Item>
          <Form.Item
            name={['applicant', 'citizenId']}
            label={t('portalDossiers.applicant.citizenId')}
            extra={t('portalDossiers.applicant.citizenIdHelp')}
            rules={[required(t('portalDossiers.applicant.citizenId')), { validator: (_, value: string | undefined) => (!value?.trim() || citizenIdShapeValid(value) ? Promise.resolve() : Promise.reject(new Error(t('portalDossiers.applicant.citizenIdInvalid')))) }]}
          >
            <Input inputMode="numeric" maxLength={12} data-testid="apply-applicant-citizen-id" />
          </Form.Item>
        </div>
      ) : (
        <div className="apply-form-row">
          <Form.Item name={['applicant', 'name']} label={t('portalDossiers.applicant.organisationName')} rules={[required(t('portalDossiers.applicant.organisationName'))]}>
            <Input autoComplete="organization" maxLength={300} data-testid="apply-applicant-name" />
          </Form.Item>
          <Form.Item
            name={['applicant', 'taxCode']}
            label={t('portalDossiers.applicant.taxCode')}
            rules={[required(t('portalDossiers.applicant.taxCode')), { validator: (_, value: string | undefined) => (!value?.trim() || taxCodeShapeValid(value) ? Promise.resolve() : Promise.reject(new Error(t('portalDossiers.applicant.taxCodeInvalid')))) }]}
          >
            <Input maxLength={14} data-testid="apply-applicant-tax-code" />
          </Form.Item>
          <Form.Item name={['applicant', 'representative']} label={t('portalDossiers.applicant.representative')}>
            <Input autoComplete="name" maxLength={200} data-testid="apply-applicant-representative" />
          </Form.Item>
        </div>
      )}
      <div className="apply-form-row">
        <Form.Item name={['applicant', 'phone']} label={t('portalDossiers.applicant.phone')} rules={[{ pattern: phonePattern, message: t('portalDossiers.applicant.phoneInvalid') }]}>
          <Input type="tel" autoComplete="tel" maxLength={12} data-testid="apply-applicant-phone" />
        </Form.Item>
        <Form.Item name={['applicant', 'email']} label={t('portalDossiers.applicant.email')} rules={[{ type: 'email', message: t('portalDossiers.applicant.emailInvalid') }]}>
          <Input type="email" autoComplete="email" maxLength={200} data-testid="apply-applicant-email" />
        </Form.Item>
      </div>
      <Form.Item name={['applicant', 'address']} label={t('portalDossiers.applicant.address')}>
        <Input autoComplete="street-address" maxLength={500} data-testid="apply-applicant-address" />
      </Form.Item>
    </>
  );
}
