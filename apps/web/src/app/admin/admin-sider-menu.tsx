import { Menu } from 'antd';
import { useLocation, useNavigate } from 'react-router';
import { paths } from '@/config/paths';
import { useCan } from '@/features/auth';
import { useI18n } from '@/i18n';
import { visibleNavItems } from './admin-navigation';

/** The menu shows only the modules the officer's permissions open. */
export function AdminSiderMenu({ onNavigate }: { onNavigate?: () => void }) {
  const { t } = useI18n();
  const can = useCan();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const items = visibleNavItems(can);
  const selected = items
    .filter((item) => item.path === pathname || (item.path !== paths.admin.home && pathname.startsWith(`${item.path}/`)))
    // A nested page (/admin/calendar/due-date) selects its own item, not also its parent's.
    .filter((item, _, matches) => !matches.some((other) => other.path.startsWith(`${item.path}/`)))
    .map((item) => item.path);

  return (
    <nav aria-label={t('admin.menu.label')}>
      <Menu
        mode="inline"
        selectedKeys={selected}
        items={items.map((item) => ({ key: item.path, icon: item.icon, label: t(item.label) }))}
        onClick={({ key }) => {
          void navigate(key);
          onNavigate?.();
        }}
        style={{ borderInlineEnd: 'none' }}
        data-testid="admin-menu"
      />
    </nav>
  );
}
