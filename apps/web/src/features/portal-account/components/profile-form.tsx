import type { ApplicantProfile, UpdateApplicantProfileBody } from '@motcua/shared';
import { App, Button, Form, Input, Tag } from 'antd';
import { ErrorAlert } from '@/components/error-alert';
import { accessibleColors } from '@/config/theme';
import { useFormServerErrors } from '@/hooks/use-form-server-errors';
import { useI18n } from '@/i18n';
import { useUpdateProfile } from '../api/profile';
import { fromIsoDate, toIsoDate } from '../lib/paths';
import { birthDateRule, citizenIdRule } from '../lib/rules';

interface ProfileValues {
  fullName: string;
  citizenId: string;
  dateOfBirth: string;
  address: string;
  email: string;
  phone: string;
  organisationName: string;
  taxCode: string;
}

const blankToNull = (value: string | undefined) => (value?.trim() ? value.trim() : null);

/** Whether a saved contact is verified; nothing for an empty one. Dark custom colours: antd's presets fall below 4.5:1. */
function VerifiedTag({ value, verified, testId }: { value: string | null; verified: boolean; testId: string }) {
  const { t } = useI18n();
  if (!value) return null;
  return (
    <Tag color={verified ? accessibleColors.success : accessibleColors.warning} className="account-verified-tag" data-testid={testId}>
      {verified ? t('account.profile.emailVerified') : t('account.profile.unverified')}
    </Tag>
  );
}

const toValues = (p: ApplicantProfile): ProfileValues => ({
  fullName: p.fullName,
  citizenId: p.citizenId ?? '',
  dateOfBirth: fromIsoDate(p.dateOfBirth),
  address: p.address ?? '',
  email: p.email ?? '',
  phone: p.phone ?? '',
  organisationName: p.organisationName ?? '',
  taxCode: p.taxCode ?? '',
});

export function ProfileForm({ profile }: { profile: ApplicantProfile }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<ProfileValues>();
  const { generalError, handleError, clearError } = useFormServerErrors(form);
  const update = useUpdateProfile();
  const isOrganisation = profile.kind === 'organisation';

  const submit = (values: ProfileValues) => {
    clearError();
    const body: UpdateApplicantProfileBody = {
      fullName: values.fullName.trim(),
      citizenId: blankToNull(values.citizenId),
      dateOfBirth: values.dateOfBirth?.trim() ? toIsoDate(values.dateOfBirth) : null,
      address: blankToNull(values.address),
      email: blankToNull(values.email),
      phone: blankToNull(values.phone),
      ...(isOrganisation ? { organisationName: blankToNull(values.organisationName), taxCode: blankToNull(values.taxCode) } : {}),
    };
    update.mutate(body, {
      onSuccess: (saved) => {
        form.setFieldsValue(toValues(saved));
        void message.success(t('account.profile.saved'));
      },
      onError: handleError,
    });
  };

  return (
    <Form<ProfileValues> form={form} name="portal-profile" layout="vertical" requiredMark="optional" initialValues={toValues(profile)} onFinish={submit} disabled={update.isPending} className="account-profile-form">
      {generalError ? <ErrorAlert error={generalError} /> : null}
      {isOrganisation ? (
        <fieldset className="account-fieldset">
          <legend>{t('account.profile.organisation')}</legend>
          <Form.Item name="organisationName" label={t('account.register.organisationName')} rules={[{ required: true, whitespace: true, message: t('account.register.organisationNameRequired') }]}>
            <Input autoComplete="organization" data-testid="profile-organisation" />
          </Form.Item>
          <Form.Item name="taxCode" label={t('account.register.taxCode')} rules={[{ required: true, whitespace: true, message: t('account.register.taxCodeRequired') }]}>
            <Input inputMode="numeric" autoComplete="off" spellCheck={false} maxLength={14} data-testid="profile-tax-code" />
          </Form.Item>
        </fieldset>
      ) : null}
      <fieldset className="account-fieldset">
        <legend>{t('account.profile.personal')}</legend>
        <Form.Item
          name="fullName"
          label={isOrganisation ? t('account.register.representative') : t('account.register.fullName')}
          rules={[{ required: true, whitespace: true, message: t('account.register.fullNameRequired') }]}
        >
          <Input autoComplete="name" data-testid="profile-full-name" />
        </Form.Item>
        <div className="account-form-row">
          <Form.Item name="citizenId" label={t('account.profile.citizenId')} extra={t('account.profile.citizenIdHelp')} rules={[citizenIdRule(t('account.profile.citizenIdFormat'))]}>
            <Input inputMode="numeric" autoComplete="off" spellCheck={false} maxLength={12} data-testid="profile-citizen-id" />
          </Form.Item>
          <Form.Item name="dateOfBirth" label={t('account.profile.dateOfBirth')} extra={t('account.profile.dateOfBirthHelp')} rules={[birthDateRule(t('account.profile.dateOfBirthFormat'))]}>
            <Input inputMode="numeric" autoComplete="bday" placeholder="dd/mm/yyyy" maxLength={10} data-testid="profile-date-of-birth" />
          </Form.Item>
        </div>
        <Form.Item name="address" label={t('account.profile.address')}>
          <Input.TextArea autoComplete="street-address" autoSize={{ minRows: 2, maxRows: 4 }} maxLength={500} data-testid="profile-address" />
        </Form.Item>
      </fieldset>
      <fieldset className="account-fieldset">
        <legend>{t('account.profile.contact')}</legend>
        <div className="account-form-row">
          <Form.Item
            name="email"
            label={<>{t('account.register.email')}<VerifiedTag value={profile.email} verified={profile.emailVerified} testId="profile-email-status" /></>}
            rules={[{ type: 'email', message: t('account.register.emailInvalid') }]}
          >
            <Input type="email" autoComplete="email" autoCapitalize="none" spellCheck={false} data-testid="profile-email" />
          </Form.Item>
          <Form.Item name="phone" label={<>{t('account.register.phone')}<VerifiedTag value={profile.phone} verified={profile.phoneVerified} testId="profile-phone-status" /></>}>
            <Input type="tel" inputMode="tel" autoComplete="tel" data-testid="profile-phone" />
          </Form.Item>
        </div>
        {profile.linkedProviders.length > 0 ? <p className="account-note">{t('account.profile.linked', { providers: profile.linkedProviders.join(', ') })}</p> : null}
      </fieldset>
      <Button type="primary" htmlType="submit" size="large" loading={update.isPending} data-testid="profile-save">
        {t('account.profile.save')}
      </Button>
    </Form>
  );
}
