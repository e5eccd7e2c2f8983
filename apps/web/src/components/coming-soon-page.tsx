import { Result } from 'antd';
import { usePageTitle } from '@/hooks/use-page-title';
import { useI18n } from '@/i18n';

/** Stands in for portal services that later issues deliver (procedure catalog, dossier lookup). */
export function ComingSoonPage({ title }: { title: string }) {
  const { t } = useI18n();
  usePageTitle(title);
  return (
    <Result
      status="info"
      title={<h1 style={{ fontSize: 24, margin: 0 }}>{title}</h1>}
      subTitle={<span style={{ color: 'rgba(0,0,0,0.72)' }}>{`${t('common.comingSoon')}. ${t('common.comingSoonDetail')}`}</span>}
    />
  );
}
