import { HistoryOutlined, EyeOutlined, OrderedListOutlined } from '@ant-design/icons';
import { Card, Flex, Skeleton, Tabs, Tag } from 'antd';
import { generatePath, useParams, useSearchParams } from 'react-router';
import { ButtonLink } from '@/components/button-link';
import { ErrorAlert } from '@/components/error-alert';
import { PageHeader } from '@/components/page-header';
import { paths } from '@/config/paths';
import { accessibleColors } from '@/config/theme';
import { OnlineLevelTag, procedurePath, ProcedureStatusTag } from '@/features/catalog';
import { usePageTitle } from '@/hooks/use-page-title';
import { useI18n } from '@/i18n';
import { formatDateTime } from '@/lib/dates';
import { useAdminProcedure } from '../api/get-admin-procedure';
import { AssignedUnitsForm } from '../components/assigned-units-form';
import { ConsistencyCheck } from '../components/consistency-check';
import { ProcedureGeneralForm } from '../components/procedure-general-form';
import { VariantList } from '../components/variant-list';

const tabs = ['general', 'variants', 'units'] as const;
type TabKey = (typeof tabs)[number];

export function ProcedureEditPage() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  const [searchParams, setSearchParams] = useSearchParams();
  const tab: TabKey = tabs.find((key) => key === searchParams.get('tab')) ?? 'general';
  const procedure = useAdminProcedure(id);
  const detail = procedure.data;
  usePageTitle(detail ? `${detail.code} – ${detail.name}` : t('catalogAdmin.procedure.editPageTitle'), 'admin');

  if (procedure.isPending) return <Skeleton active paragraph={{ rows: 10 }} />;
  if (!detail) return <ErrorAlert error={procedure.error} title={t('errors.loadFailed')} onRetry={() => void procedure.refetch()} />;

  return (
    <div data-testid="procedure-edit-page">
      <PageHeader
        title={detail.name}
        description={
          <Flex gap={8} wrap align="center" component="span">
            <span>
              {t('catalog.field.code')}: <strong data-testid="procedure-edit-code">{detail.code}</strong>
            </span>
            <ProcedureStatusTag status={detail.status} />
            <OnlineLevelTag level={detail.onlineLevel} />
            {detail.pendingChanges ? <Tag color={accessibleColors.warning}>{t('catalogAdmin.procedure.pendingChanges')}</Tag> : null}
          </Flex>
        }
        extra={
          <>
            <ButtonLink icon={<HistoryOutlined aria-hidden />} to={generatePath(paths.admin.catalogProcedureVersions, { id })} data-testid="procedure-versions-link">
              {t('catalogAdmin.versions.open')}
            </ButtonLink>
            <ButtonLink icon={<OrderedListOutlined aria-hidden />} to={generatePath(paths.admin.catalogProcedureRequirements, { id })} data-testid="procedure-requirements-link">
              {t('requirements.review.open')}
            </ButtonLink>
            {detail.currentVersionNumber !== null ? (
              <ButtonLink icon={<EyeOutlined aria-hidden />} to={procedurePath(detail.code)}>
                {t('catalogAdmin.procedure.viewOnPortal')}
              </ButtonLink>
            ) : null}
          </>
        }
      />
      {procedure.isError ? <ErrorAlert error={procedure.error} onRetry={() => void procedure.refetch()} /> : null}
      <Card size="small" style={{ marginBottom: 16 }}>
        <Flex gap={24} wrap>
          <span>{t('catalogAdmin.procedure.latestVersion', { version: detail.latestVersionNumber, time: formatDateTime(detail.version.createdAt) })}</span>
          <span>
            {detail.currentVersionNumber !== null
              ? t('catalogAdmin.procedure.currentVersion', { version: detail.currentVersionNumber })
              : t('catalogAdmin.procedure.neverPublished')}
          </span>
          {detail.decision ? <span>{t('catalogAdmin.procedure.byDecision', { number: detail.decision.number })}</span> : null}
        </Flex>
      </Card>
      <ConsistencyCheck report={detail.check} />
      <Tabs
        activeKey={tab}
        onChange={(key) => setSearchParams(key === 'general' ? {} : { tab: key }, { replace: true })}
        items={[
          // Keyed by version: after a save elsewhere the form starts again from the new record.
          { key: 'general', label: t('catalogAdmin.procedure.tabGeneral'), children: <ProcedureGeneralForm key={detail.latestVersionNumber} procedure={detail} onConflict={() => void procedure.refetch()} /> },
          { key: 'variants', label: t('catalogAdmin.procedure.tabVariants', { total: detail.variants.length }), children: <VariantList procedure={detail} /> },
          { key: 'units', label: t('catalogAdmin.procedure.tabUnits', { total: detail.assignedUnits.length }), children: <AssignedUnitsForm key={detail.assignedUnits.length} procedure={detail} /> },
        ]}
      />
    </div>
  );
}
