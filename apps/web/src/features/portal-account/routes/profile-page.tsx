import { ErrorAlert } from '@/components/error-alert';
import { PageSpinner } from '@/components/page-spinner';
import { usePageTitle } from '@/hooks/use-page-title';
import { useI18n } from '@/i18n';
import { useProfile } from '../api/profile';
import { ContactVerificationBox } from '../components/contact-verification-box';
import { ProfileForm } from '../components/profile-form';

/** `/account/profile` (behind RequireApplicant): proving the e-mail or phone, and the details every online application starts from. */
export function AccountProfilePage() {
  const { t } = useI18n();
  const { data: profile, error, refetch } = useProfile();
  usePageTitle(t('account.profile.pageTitle'));
  return (
    <div className="portal-container portal-page account-page" data-testid="account-profile-page">
      <div className="account-card account-card-wide">
        <h1 className="portal-page-title">{t('account.profile.heading')}</h1>
        <p className="portal-page-lead">{t('account.profile.lead')}</p>
        <ContactVerificationBox />
        {error ? <ErrorAlert error={error} onRetry={() => void refetch()} /> : profile ? <ProfileForm key={profile.id} profile={profile} /> : <PageSpinner />}
      </div>
    </div>
  );
}
