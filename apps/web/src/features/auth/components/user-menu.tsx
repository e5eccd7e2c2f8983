import { DownOutlined, LogoutOutlined, SafetyOutlined, UserOutlined } from '@ant-design/icons';
import { App, Button, Dropdown, Flex, Modal, type MenuProps } from 'antd';
import { useState } from 'react';
import { useErrorMessage } from '@/hooks/use-error-message';
import { useI18n } from '@/i18n';
import { useLogout } from '../api/logout';
import { useLogoutAll } from '../api/logout-all';
import { useSession } from '../lib/session';
import { TotpEnrolment } from './totp-enrolment';

/** Name and unit of the signed-in officer, with the sign-out actions and, until it is on, the offer of a second factor. */
export function UserMenu() {
  const { t } = useI18n();
  const { message, modal } = App.useApp();
  const describe = useErrorMessage();
  const me = useSession();
  const logout = useLogout();
  const logoutAll = useLogoutAll();
  const unitName = me.roles[0]?.orgUnitName;
  const [enrolling, setEnrolling] = useState(false);

  // mutateAsync, not mutate callbacks: this menu unmounts as soon as the session is gone.
  const onError = (error: unknown) => void message.error(describe(error));

  const items: MenuProps['items'] = [
    // Every officer may add a second factor; roles in TOTP_REQUIRED_ROLES get the enrolment page instead of the app.
    ...(me.totpEnabled || me.mustEnrolTotp ? [] : [{ key: 'totp', icon: <SafetyOutlined />, label: t('auth.totp.offer') }]),
    { key: 'logout', icon: <LogoutOutlined />, label: t('auth.logout') },
    { key: 'logout-all', icon: <LogoutOutlined />, label: t('auth.logoutAll'), danger: true },
  ];
  const onClick: MenuProps['onClick'] = ({ key }) => {
    if (key === 'totp') setEnrolling(true);
    if (key === 'logout') logout.mutateAsync().then(() => void message.success(t('auth.loggedOut')), onError);
    if (key === 'logout-all') {
      modal.confirm({
        title: t('auth.logoutAll'),
        content: t('auth.logoutAllConfirm'),
        okText: t('auth.logoutAll'),
        cancelText: t('common.cancel'),
        okButtonProps: { danger: true },
        onOk: () => logoutAll.mutateAsync().then(() => void message.success(t('auth.loggedOutAll')), onError),
      });
    }
  };

  return (
    <>
      {/* Rendered inside the header so the open menu stays within a landmark. */}
      <Dropdown menu={{ items, onClick }} trigger={['click']} getPopupContainer={(trigger) => trigger.parentElement ?? document.body}>
        <Button type="text" className="user-menu-trigger" data-testid="user-menu">
          <Flex align="center" gap={8}>
            <UserOutlined aria-hidden />
            <Flex vertical align="start" style={{ lineHeight: 1.2 }}>
              <span className="user-name" data-testid="current-user-name">{me.fullName}</span>
              {unitName ? <span className="user-unit" data-testid="current-user-unit">{unitName}</span> : null}
            </Flex>
            <DownOutlined aria-hidden style={{ fontSize: 10 }} />
          </Flex>
        </Button>
      </Dropdown>
      <Modal open={enrolling} title={t('auth.totp.heading')} footer={null} onCancel={() => setEnrolling(false)} destroyOnHidden width={640}>
        <TotpEnrolment onEnabled={() => setEnrolling(false)} />
      </Modal>
    </>
  );
}
