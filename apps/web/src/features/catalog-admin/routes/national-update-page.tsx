import { ArrowLeftOutlined, CheckOutlined, RollbackOutlined } from '@ant-design/icons';
import type { NationalUpdateDetail } from '@motcua/shared';
import { App, Button, Card, Flex, Popconfirm, Skeleton, Table, Tag, type TableColumnsType } from 'antd';
import { generatePath, useParams } from 'react-router';
import { ButtonLink } from '@/components/button-link';
import { ErrorAlert } from '@/components/error-alert';
import { PageHeader } from '@/components/page-header';
import { TableRegion } from '@/components/table-region';
import { paths } from '@/config/paths';
import { useCan } from '@/features/auth';
import { usePageTitle } from '@/hooks/use-page-title';
import { useI18n } from '@/i18n';
import { useDecideNationalUpdate } from '../api/decide-national-update';
import { useNationalUpdate } from '../api/get-national-update';
import { VersionDiffView } from '../components/version-diff-view';
import { ConflictTag } from '../components/pending-national-updates';

type Conflict = NationalUpdateDetail['conflicts'][number];

function Value({ value }: { value: unknown }) {
  if (value === null || value === undefined) return <span className="muted-text">—</span>;
  if (typeof value === 'string') return <span className="pre-line">{value}</span>;
  // Focusable: a long value scrolls, and keyboard users must be able to scroll it too.
  return <pre className="json-block" tabIndex={0}>{JSON.stringify(value, null, 2)}</pre>;
}

function Conflicts({ conflicts }: { conflicts: Conflict[] }) {
  const { t } = useI18n();
  const columns: TableColumnsType<Conflict> = [
    { title: t('nationalUpdates.path'), dataIndex: 'path', width: 240, render: (path: string) => <code className="pre-line">{path}</code> },
    { title: t('nationalUpdates.ours'), dataIndex: 'ours', render: (value: unknown) => <Value value={value} /> },
    { title: t('nationalUpdates.theirs'), dataIndex: 'theirs', render: (value: unknown) => <Value value={value} /> },
  ];
  return (
    <TableRegion label={t('nationalUpdates.conflictsTitle')} minWidth={820}>
      <Table<Conflict> rowKey="path" size="small" columns={columns} dataSource={conflicts} pagination={false} data-testid="national-update-conflicts" />
    </TableRegion>
  );
}

function Decide({ update }: { update: NationalUpdateDetail }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const can = useCan();
  const decide = useDecideNationalUpdate();
  const run = (decision: 'accept' | 'dismiss') =>
    decide.mutate({ id: update.id, decision }, { onSuccess: () => void message.success(t(decision === 'accept' ? 'nationalUpdates.accepted' : 'nationalUpdates.dismissed')) });
  return (
    <Flex vertical gap={8}>
      {decide.isError ? <ErrorAlert error={decide.error} /> : null}
      <Flex gap={8} wrap>
        <Popconfirm title={t('nationalUpdates.dismissConfirm')} okText={t('nationalUpdates.dismiss')} cancelText={t('common.cancel')} onConfirm={() => run('dismiss')}>
          <Button icon={<RollbackOutlined aria-hidden />} loading={decide.isPending && decide.variables?.decision === 'dismiss'} data-testid="national-update-dismiss">
            {t('nationalUpdates.dismiss')}
          </Button>
        </Popconfirm>
        {can('catalog.publish') ? (
          <Popconfirm
            title={t('nationalUpdates.acceptConfirm', { version: update.mergedVersion, code: update.code })}
            okText={t('nationalUpdates.accept')}
            cancelText={t('common.cancel')}
            onConfirm={() => run('accept')}
          >
            <Button type="primary" icon={<CheckOutlined aria-hidden />} loading={decide.isPending && decide.variables?.decision === 'accept'} data-testid="national-update-accept">
              {t('nationalUpdates.accept')}
            </Button>
          </Popconfirm>
        ) : null}
      </Flex>
    </Flex>
  );
}

/** The differences of one national update, and the control officer's decision on it. */
export function NationalUpdatePage() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  const update = useNationalUpdate(id);
  usePageTitle(update.data ? t('nationalUpdates.detailTitle', { code: update.data.code }) : t('nationalUpdates.pageTitle'), 'admin');
  const back = (
    <ButtonLink icon={<ArrowLeftOutlined aria-hidden />} to={paths.admin.catalogNationalUpdates}>
      {t('nationalUpdates.back')}
    </ButtonLink>
  );
  if (update.isPending) return <Skeleton active paragraph={{ rows: 10 }} />;
  if (!update.data) return <ErrorAlert error={update.error} title={t('errors.loadFailed')} onRetry={() => void update.refetch()} />;
  const u = update.data;
  return (
    <div data-testid="national-update-page">
      <PageHeader
        title={t('nationalUpdates.detailTitle', { code: u.code })}
        description={
          <Flex gap={8} wrap component="span" align="center">
            <Tag>{t(`nationalUpdates.status.${u.status}`)}</Tag>
            <ConflictTag count={u.conflictCount} />
            {u.name}
          </Flex>
        }
        extra={
          <Flex gap={8} wrap>
            <ButtonLink to={generatePath(paths.admin.catalogProcedure, { id: u.procedureId })}>{t('nationalUpdates.openProcedure')}</ButtonLink>
            {back}
          </Flex>
        }
      />
      <Card className="form-card">
        <p>{t('nationalUpdates.versionsText', { base: u.baseVersion ?? '—', national: u.nationalVersion, merged: u.mergedVersion, current: u.currentVersion ?? '—' })}</p>
        {u.decisionNumber ? <p className="muted-text">{t('nationalUpdates.decision', { number: u.decisionNumber })}</p> : null}
        {u.status === 'pending' ? <Decide update={u} /> : null}
      </Card>
      {u.conflicts.length > 0 ? (
        <Card className="form-card">
          <h2 className="form-section-title">{t('nationalUpdates.conflictsTitle')}</h2>
          <p className="muted-text">{t('nationalUpdates.conflictsHelp')}</p>
          <Conflicts conflicts={u.conflicts} />
        </Card>
      ) : null}
      {u.kept.length > 0 ? (
        <Card className="form-card">
          <h2 className="form-section-title">{t('nationalUpdates.keptTitle')}</h2>
          <ul data-testid="national-update-kept">
            {u.kept.map((path) => (
              <li key={path}>
                <code className="pre-line">{path}</code>
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
      <Card className="form-card">
        <h2 className="form-section-title">{t('nationalUpdates.nationalTitle')}</h2>
        <VersionDiffView diff={{ from: u.baseVersion ?? 0, to: u.nationalVersion, changes: u.nationalChanges }} />
      </Card>
      {u.status === 'pending' ? (
        <Card className="form-card">
          <h2 className="form-section-title">{t('nationalUpdates.publicTitle')}</h2>
          <VersionDiffView diff={{ from: u.currentVersion ?? 0, to: u.mergedVersion, changes: u.publicChanges }} />
        </Card>
      ) : null}
    </div>
  );
}
