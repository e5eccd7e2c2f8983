import { ArrowLeftOutlined } from '@ant-design/icons';
import type { VersionSummary } from '@motcua/shared';
import { Button, Card, Drawer, Flex, Select, Skeleton, Table, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { generatePath, useParams, useSearchParams } from 'react-router';
import { ButtonLink } from '@/components/button-link';
import { ErrorAlert } from '@/components/error-alert';
import { PageHeader } from '@/components/page-header';
import { TableRegion } from '@/components/table-region';
import { paths } from '@/config/paths';
import { accessibleColors } from '@/config/theme';
import { ProcedureDetailView, useCatalogLabels } from '@/features/catalog';
import { usePageTitle } from '@/hooks/use-page-title';
import { useI18n } from '@/i18n';
import { formatDateTime } from '@/lib/dates';
import { useAdminProcedure } from '../api/get-admin-procedure';
import { useVersion } from '../api/get-version';
import { useVersionDiff } from '../api/get-version-diff';
import { useVersions } from '../api/get-versions';
import { positiveInt } from '../lib/paging';
import { VersionDiffView } from '../components/version-diff-view';

function VersionPreview({ id, number, onClose }: { id: string; number: number; onClose: () => void }) {
  const { t } = useI18n();
  const version = useVersion(id, number);
  return (
    <Drawer open size={1000} title={t('catalogAdmin.versions.previewTitle', { version: number })} onClose={onClose} data-testid="version-preview">
      {version.isPending ? <Skeleton active /> : null}
      {version.isError ? <ErrorAlert error={version.error} /> : null}
      {version.data ? <ProcedureDetailView procedure={version.data} linkSector={false} /> : null}
    </Drawer>
  );
}

/** Every version of a procedure record, newest first, with a diff between any two. */
export function ProcedureVersionsPage() {
  const { t } = useI18n();
  const labels = useCatalogLabels();
  const { id = '' } = useParams();
  const procedure = useAdminProcedure(id);
  const versions = useVersions(id);
  const [searchParams, setSearchParams] = useSearchParams();
  const from = searchParams.has('from') ? positiveInt(searchParams.get('from'), 1) : null;
  const to = searchParams.has('to') ? positiveInt(searchParams.get('to'), 1) : null;
  const range = from !== null && to !== null ? { from, to } : null;
  const diff = useVersionDiff(id, range);
  const [draftRange, setDraftRange] = useState<{ from?: number; to?: number }>({});
  const [preview, setPreview] = useState<number | null>(null);
  const title = procedure.data ? t('catalogAdmin.versions.heading', { code: procedure.data.code }) : t('catalogAdmin.versions.pageTitle');
  usePageTitle(title, 'admin');

  const compare = (next: { from: number; to: number }) => {
    setDraftRange(next);
    setSearchParams({ from: String(next.from), to: String(next.to) });
  };

  const columns: TableColumnsType<VersionSummary> = [
    {
      title: t('catalog.field.version'),
      dataIndex: 'number',
      width: 140,
      render: (number: number, version) => (
        <Flex gap={4} wrap align="center">
          <strong>{number}</strong>
          {version.isCurrent ? <Tag color={accessibleColors.success}>{t('catalogAdmin.versions.current')}</Tag> : null}
          {version.isLatest ? <Tag color={accessibleColors.info}>{t('catalogAdmin.versions.latest')}</Tag> : null}
        </Flex>
      ),
    },
    { title: t('catalogAdmin.versions.createdAt'), dataIndex: 'createdAt', width: 140, render: (value: string) => formatDateTime(value) },
    {
      title: t('catalogAdmin.versions.createdBy'),
      key: 'createdBy',
      width: 180,
      render: (_, version) => (
        <>
          <div>{version.createdBy ?? t('catalogAdmin.versions.system')}</div>
          <div className="muted-text">{labels.versionSource(version.source)}</div>
        </>
      ),
    },
    { title: t('catalogAdmin.versions.changeNote'), dataIndex: 'changeNote', render: (value: string | null) => value ?? '—' },
    {
      title: t('catalog.field.decision'),
      key: 'decision',
      width: 170,
      render: (_, version) =>
        version.decision ? (
          <>
            <div>{version.decision.number}</div>
            {version.publishedAt ? <div className="muted-text">{formatDateTime(version.publishedAt)}</div> : null}
          </>
        ) : (
          <span className="muted-text">{t('catalogAdmin.versions.unpublished')}</span>
        ),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 150,
      render: (_, version) => (
        <Flex vertical align="start" role="group" aria-label={t('catalogAdmin.versions.actionsFor', { version: version.number })}>
          <Button size="small" type="link" onClick={() => setPreview(version.number)} data-testid="version-view">
            {t('catalogAdmin.versions.view')}
          </Button>
          {version.number > 1 ? (
            <Button size="small" type="link" onClick={() => compare({ from: version.number - 1, to: version.number })} data-testid="version-compare-previous">
              {t('catalogAdmin.versions.comparePrevious')}
            </Button>
          ) : null}
        </Flex>
      ),
    },
  ];

  const options = (versions.data ?? []).map((version) => ({ value: version.number, label: t('catalogAdmin.versions.option', { version: version.number }) }));
  const chosenFrom = draftRange.from ?? from ?? undefined;
  const chosenTo = draftRange.to ?? to ?? undefined;

  return (
    <div data-testid="procedure-versions-page">
      <PageHeader
        title={title}
        description={procedure.data?.name}
        extra={
          <ButtonLink icon={<ArrowLeftOutlined aria-hidden />} to={generatePath(paths.admin.catalogProcedure, { id })}>
            {t('catalogAdmin.versions.backToEdit')}
          </ButtonLink>
        }
      />
      {versions.isError ? <ErrorAlert error={versions.error} title={t('errors.loadFailed')} onRetry={() => void versions.refetch()} /> : null}
      <Card style={{ marginBottom: 16 }}>
        <TableRegion label={t('catalogAdmin.versions.listLabel')} minWidth={920}>
          <Table<VersionSummary>
            rowKey="number"
            columns={columns}
            dataSource={versions.data ?? []}
            loading={versions.isFetching}
            pagination={false}
            data-testid="procedure-versions-table"
          />
        </TableRegion>
      </Card>
      <Card>
        <h2 className="form-section-title">{t('catalogAdmin.diff.heading')}</h2>
        <Flex gap={12} wrap align="end" style={{ marginBottom: 16 }}>
          <div>
            <label htmlFor="diff-from" className="catalog-filter-label">
              {t('catalogAdmin.diff.from')}
            </label>
            <Select<number> id="diff-from" options={options} value={chosenFrom} onChange={(value) => setDraftRange((range) => ({ ...range, from: value }))} style={{ width: 180 }} data-testid="diff-from" />
          </div>
          <div>
            <label htmlFor="diff-to" className="catalog-filter-label">
              {t('catalogAdmin.diff.to')}
            </label>
            <Select<number> id="diff-to" options={options} value={chosenTo} onChange={(value) => setDraftRange((range) => ({ ...range, to: value }))} style={{ width: 180 }} data-testid="diff-to" />
          </div>
          <Button
            type="primary"
            disabled={chosenFrom === undefined || chosenTo === undefined || chosenFrom === chosenTo}
            onClick={() => chosenFrom !== undefined && chosenTo !== undefined && compare({ from: chosenFrom, to: chosenTo })}
            data-testid="diff-compare"
          >
            {t('catalogAdmin.diff.compare')}
          </Button>
        </Flex>
        {diff.isError ? <ErrorAlert error={diff.error} /> : null}
        {range && diff.isPending ? <Skeleton active /> : null}
        {diff.data ? (
          <section aria-label={t('catalogAdmin.diff.title', { from: diff.data.from, to: diff.data.to })} data-testid="version-diff">
            <p>{t('catalogAdmin.diff.summary', { from: diff.data.from, to: diff.data.to, count: diff.data.changes.length })}</p>
            <VersionDiffView diff={diff.data} />
          </section>
        ) : !range ? (
          <p className="muted-text">{t('catalogAdmin.diff.hint')}</p>
        ) : null}
      </Card>
      {preview !== null ? <VersionPreview id={id} number={preview} onClose={() => setPreview(null)} /> : null}
    </div>
  );
}
