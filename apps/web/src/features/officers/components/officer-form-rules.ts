import { newPasswordSchema } from '@motcua/shared';
import type { FormRule as Rule } from 'antd';
import type { I18n } from '@/i18n';

/** Client-side checks mirror the server's contracts; the server stays the judge. */
export function officerFormRules(t: I18n['t']) {
  const required = (field: string): Rule => ({ required: true, whitespace: true, message: t('common.requiredField', { field: field.toLowerCase() }) });
  return {
    username: [required(t('officers.username')), { pattern: /^[a-z0-9._-]{3,50}$/, message: t('officers.usernameRule') }] satisfies Rule[],
    fullName: [required(t('officers.fullName')), { min: 2, max: 255, message: t('common.requiredField', { field: t('officers.fullName').toLowerCase() }) }] satisfies Rule[],
    email: [{ type: 'email', message: t('officers.emailInvalid') }] satisfies Rule[],
    password: [
      required(t('officers.password')),
      {
        validator: (_rule, value: string | undefined) =>
          !value || newPasswordSchema.safeParse(value).success
            ? Promise.resolve()
            : Promise.reject(new Error(t('officers.passwordHelp'))),
      },
    ] satisfies Rule[],
  };
}
