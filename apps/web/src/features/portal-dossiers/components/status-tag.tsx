import type { DossierStatus } from '@motcua/shared';
import { Tag } from 'antd';
import { useI18n } from '@/i18n';
import { dossierStatusColor } from '@/lib/dossier-status';

/** The dossier's status in the server's Vietnamese words (English from the dossier messages when shown in English). */
export function StatusTag({ status, label, testId }: { status: DossierStatus; label: string; testId?: string }) {
  const { locale, tOptional } = useI18n();
  return (
    <Tag color={dossierStatusColor(status)} className="dossier-status-tag" data-testid={testId} data-status={status}>
      {locale === 'vi' ? label : (tOptional(`dossiers.status.${status}`) ?? label)}
    </Tag>
  );
}
