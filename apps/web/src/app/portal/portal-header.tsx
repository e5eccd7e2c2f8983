import { LoginOutlined } from '@ant-design/icons';
import { NavLink, Link } from 'react-router';
import { LanguageSwitch } from '@/components/language-switch';
import { paths } from '@/config/paths';
import { AccountMenu, useApplicant } from '@/features/portal-account';
import { useI18n } from '@/i18n';

export function PortalHeader() {
  const { t } = useI18n();
  const applicant = useApplicant();
  const navLinks = [
    { to: paths.portal.home, label: t('portal.nav.home'), end: true },
    { to: paths.portal.procedures, label: t('portal.nav.procedures'), end: false },
    { to: paths.portal.dossierLookup, label: t('portal.nav.dossierLookup'), end: false },
    // Signed-in applicants: their dossiers and drafts.
    ...(applicant.data ? [{ to: paths.portal.accountDossiers, label: t('portalDossiers.nav.myDossiers'), end: false }] : []),
  ];
  return (
    <header className="portal-header">
      <div className="portal-container portal-header-top">
        <Link to={paths.portal.home} className="portal-brand">
          <span className="brand-mark" aria-hidden>★</span>
          <span>
            <span className="portal-brand-province">{t('app.provinceName')}</span>
            <span className="portal-brand-name">{t('app.portalName')}</span>
          </span>
        </Link>
        <div className="portal-header-actions">
          <LanguageSwitch onDark />
          <AccountMenu />
          <Link to={paths.admin.login} className="portal-officer-login" data-testid="portal-officer-login">
            <LoginOutlined aria-hidden /> {t('portal.nav.officerLogin')}
          </Link>
        </div>
      </div>
      <nav aria-label={t('portal.nav.label')} className="portal-nav">
        <ul className="portal-container">
          {navLinks.map((link) => (
            <li key={link.to}>
              <NavLink to={link.to} end={link.end}>
                {link.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
