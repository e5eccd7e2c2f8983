import { ArrowLeftOutlined } from '@ant-design/icons';
import { Card, Skeleton, Tabs } from 'antd';
import { generatePath, useParams } from 'react-router';
import { ButtonLink } from '@/components/button-link';
import { ErrorAlert } from '@/components/error-alert';
import { PageHeader } from '@/components/page-header';
import { paths } from '@/config/paths';
import { usePageTitle } from '@/hooks/use-page-title';
import { useI18n } from '@/i18n';
import { useAdminProcedure } from '../api/get-admin-procedure';
import { RequirementReview } from '../components/requirement-review';

/** The control officer reviews and corrects a procedure's dossier components, variant by variant (issue 12). */
export function ProcedureRequirementsPage() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  const procedure = useAdminProcedure(id);
  const detail = procedure.data;
  usePageTitle(detail ? `${t('requirements.review.pageTitle')} – ${detail.code}` : t('requirements.review.pageTitle'), 'admin');

  if (procedure.isPending) return <Skeleton active paragraph={{ rows: 10 }} />;
  if (!detail) return <ErrorAlert error={procedure.error} title={t('errors.loadFailed')} onRetry={() => void procedure.refetch()} />;
  // Keyed by version: after a save the table starts again from the new record.
  const review = (variant: (typeof detail.variants)[number]) => <RequirementReview key={`${variant.key}-${detail.latestVersionNumber}`} procedure={detail} variant={variant} />;
  const confidence = (detail as { importConfidence?: unknown }).importConfidence;
  return (
    <div data-testid="procedure-requirements-page">
      <PageHeader
        title={t('requirements.review.pageTitle')}
        description={<span>{detail.code} – {detail.name}</span>}
        extra={
          <ButtonLink icon={<ArrowLeftOutlined aria-hidden />} to={generatePath(paths.admin.catalogProcedure, { id })}>
            {t('requirements.review.back')}
          </ButtonLink>
        }
      />
      <Card size="small" style={{ marginBottom: 16 }}>
        <p style={{ margin: 0 }}>{t('requirements.review.lead')}</p>
        {typeof confidence === 'number' || typeof confidence === 'string' ? (
          <p style={{ margin: '8px 0 0' }} data-testid="review-confidence">{t('requirements.review.confidence', { value: String(confidence) })}</p>
        ) : null}
      </Card>
      {detail.variants.length === 1 ? (
        <>
          <h2 className="requirement-section-heading">{t('requirements.review.variant', { name: detail.variants[0]!.name })}</h2>
          {review(detail.variants[0]!)}
        </>
      ) : (
        <Tabs items={detail.variants.map((variant) => ({ key: variant.key, label: variant.name, children: review(variant) }))} />
      )}
    </div>
  );
}
