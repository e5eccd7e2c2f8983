import { useParams } from 'react-router';
import { usePageTitle } from '@/hooks/use-page-title';
import { useI18n } from '@/i18n';
import { LookupForm } from '../components/lookup-form';
import { LookupResult } from '../components/lookup-result';

/** `/dossier-lookup` (the form) and `/dossier-lookup/:code` (the form and the status), no login needed. */
export function DossierLookupPage() {
  const { t } = useI18n();
  const { code: raw = '' } = useParams();
  const code = raw.trim();
  usePageTitle(code ? `${t('portal.lookup.pageTitle')} ${code}` : t('portal.lookup.pageTitle'));
  return (
    <div className="portal-container portal-page public-lookup-page" data-testid="dossier-lookup-page">
      <h1 className="portal-page-title">{t('portal.lookup.heading')}</h1>
      <p className="portal-page-lead">{t('portal.lookup.lead')}</p>
      <div className="public-panel">
        <LookupForm key={code} initialCode={code} />
        {code ? <LookupResult code={code} /> : null}
      </div>
      <p className="public-note">{t('portal.lookup.privacyNote')}</p>
    </div>
  );
}
