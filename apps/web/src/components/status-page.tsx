import { Result } from 'antd';
import { ButtonLink } from './button-link';
import { usePageTitle } from '@/hooks/use-page-title';
import { useI18n } from '@/i18n';

interface StatusPageProps {
  /** Where "back to home" leads: the portal or the back office home. */
  homePath: string;
  shell: 'portal' | 'admin';
}

function StatusPage({ status, title, detail, homePath, shell }: StatusPageProps & { status: '403' | '404'; title: string; detail: string }) {
  const { t } = useI18n();
  usePageTitle(title, shell);
  return (
    <Result
      status={status}
      title={<h1 style={{ fontSize: 24, margin: 0 }}>{title}</h1>}
      subTitle={<span style={{ color: 'rgba(0,0,0,0.72)' }}>{detail}</span>}
      extra={
        <ButtonLink type="primary" to={homePath}>
          {t('status.backHome')}
        </ButtonLink>
      }
    />
  );
}

export function NotFoundPage(props: StatusPageProps) {
  const { t } = useI18n();
  return <StatusPage status="404" title={t('status.notFoundTitle')} detail={t('status.notFoundDetail')} {...props} />;
}

export function ForbiddenPage(props: StatusPageProps) {
  const { t } = useI18n();
  return <StatusPage status="403" title={t('status.forbiddenTitle')} detail={t('status.forbiddenDetail')} {...props} />;
}
