import { DownOutlined, FolderOpenOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { App, Button, Dropdown, type MenuProps } from 'antd';
import { Link, useNavigate } from 'react-router';
import { paths } from '@/config/paths';
import { useErrorMessage } from '@/hooks/use-error-message';
import { useI18n } from '@/i18n';
import { useApplicant } from '../api/get-applicant';
import { useLogOut } from '../api/log-out';

/** The portal header's account entry: sign-in and registration links, or the applicant's menu with sign-out. */
export function AccountMenu() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const describe = useErrorMessage();
  const navigate = useNavigate();
  const { data: applicant, isPending } = useApplicant();
  const logOut = useLogOut();

  if (isPending) return null;
  if (!applicant) {
    return (
      <span className="account-links">
        <Link to={paths.portal.accountLogin} className="portal-officer-login" data-testid="account-login-link">{t('account.nav.login')}</Link>
        <Link to={paths.portal.accountRegister} className="account-register-link" data-testid="account-register-link">{t('account.nav.register')}</Link>
      </span>
    );
  }

  const displayName = applicant.organisationName ?? applicant.fullName;
  const items: MenuProps['items'] = [
    { key: 'profile', icon: <UserOutlined aria-hidden />, label: t('account.nav.profile') },
    { key: 'documents', icon: <FolderOpenOutlined aria-hidden />, label: <span data-testid="account-documents">{t('documentStore.nav.menu')}</span> },
    { key: 'logout', icon: <LogoutOutlined aria-hidden />, label: <span data-testid="account-logout">{t('account.nav.logout')}</span> },
  ];
  const onClick: MenuProps['onClick'] = ({ key }) => {
    if (key === 'profile') void navigate(paths.portal.accountProfile);
    if (key === 'documents') void navigate(paths.portal.accountDocuments);
    if (key === 'logout') logOut.mutate(undefined, { onError: (error: unknown) => void message.error(describe(error)) });
  };

  return (
    <Dropdown menu={{ items, onClick }} trigger={['click']} getPopupContainer={(trigger) => trigger.parentElement ?? document.body}>
      <Button className="on-dark-button account-menu-trigger" aria-label={t('account.nav.menuLabel', { name: displayName })} data-testid="account-menu">
        <UserOutlined aria-hidden />
        <span className="account-menu-name" data-testid="account-menu-name">{displayName}</span>
        <DownOutlined aria-hidden style={{ fontSize: 10 }} />
      </Button>
    </Dropdown>
  );
}
