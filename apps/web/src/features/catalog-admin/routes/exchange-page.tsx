import { DownloadOutlined, FileExcelOutlined, InboxOutlined } from '@ant-design/icons';
import type { ImportRecordReport, ImportReport, NationalPackageRecord } from '@motcua/shared';
import { Alert, Card, Col, Flex, Radio, Row, Statistic, Table, Tag, Upload, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { ErrorAlert } from '@/components/error-alert';
import { PageHeader } from '@/components/page-header';
import { TableRegion } from '@/components/table-region';
import { paths } from '@/config/paths';
import { accessibleColors } from '@/config/theme';
import { usePageTitle } from '@/hooks/use-page-title';
import { useI18n } from '@/i18n';
import { buildApiUrl } from '@/lib/api-client';
import { useImportExcel } from '../api/import-excel';
import { useImportPackage } from '../api/import-package';

const outcomeColors: Record<ImportRecordReport['outcome'], string> = {
  created: accessibleColors.success,
  updated: accessibleColors.info,
  unchanged: accessibleColors.neutral,
  failed: accessibleColors.error,
};

/** Reads a national package file: an array of records, `{records: [...]}`, or one record. */
export function readPackageRecords(text: string): NationalPackageRecord[] | null {
  try {
    const value: unknown = JSON.parse(text);
    const records = Array.isArray(value) ? value : value && typeof value === 'object' && Array.isArray((value as { records?: unknown }).records) ? (value as { records: unknown[] }).records : [value];
    const valid = records.filter((record): record is NationalPackageRecord => Boolean(record && typeof record === 'object' && 'MATTHC' in record && 'TENTTHC' in record));
    return valid.length === records.length && valid.length > 0 ? valid : null;
  } catch {
    return null;
  }
}

function ImportReportView({ report }: { report: ImportReport }) {
  const { t } = useI18n();
  const columns: TableColumnsType<ImportRecordReport> = [
    { title: t('catalog.field.code'), dataIndex: 'code', width: 140, render: (code: string) => <code>{code}</code> },
    {
      title: t('catalogAdmin.exchange.outcome'),
      dataIndex: 'outcome',
      width: 170,
      render: (outcome: ImportRecordReport['outcome'], record) => (
        <>
          <Tag color={outcomeColors[outcome]}>{t(`catalogAdmin.exchange.outcome.${outcome}`)}</Tag>
          {record.pendingReview ? (
            <Link to={paths.admin.catalogNationalUpdates} data-testid="import-pending-review">
              {t('nationalUpdates.status.pending')}
            </Link>
          ) : null}
        </>
      ),
    },
    {
      title: t('catalogAdmin.exchange.issues'),
      key: 'issues',
      render: (_, record) =>
        record.issues.length === 0 ? (
          <span className="muted-text">{t('catalogAdmin.exchange.noIssues')}</span>
        ) : (
          <ul className="check-list">
            {record.issues.map((issue, index) => (
              <li key={index}>
                <code>{issue.field}</code>: {issue.message}
                {issue.excerpt ? <div className="muted-text pre-line">{issue.excerpt}</div> : null}
              </li>
            ))}
          </ul>
        ),
    },
  ];
  return (
    <div data-testid="import-report">
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        {(['total', 'created', 'updated', 'unchanged', 'failed'] as const).map((key) => (
          <Col xs={12} sm={8} md={4} key={key}>
            <Statistic title={t(`catalogAdmin.exchange.stat.${key}`)} value={report[key]} />
          </Col>
        ))}
      </Row>
      <TableRegion label={t('catalogAdmin.exchange.reportTitle')} minWidth={720}>
        <Table<ImportRecordReport> rowKey={(record) => `${record.code}-${record.file ?? ''}`} size="small" columns={columns} dataSource={report.records} pagination={{ pageSize: 50 }} />
      </TableRegion>
    </div>
  );
}

export function ExchangePage() {
  const { t } = useI18n();
  usePageTitle(t('catalogAdmin.exchange.pageTitle'), 'admin');
  const importPackage = useImportPackage();
  const importExcel = useImportExcel();
  const [fileError, setFileError] = useState<string | null>(null);
  const [format, setFormat] = useState<'json' | 'xlsx'>('json');
  const pending = importPackage.isPending || importExcel.isPending;
  // Both imports answer the same report; the page shows the last one made.
  const active = format === 'json' ? importPackage : importExcel;
  const [scope, setScope] = useState<'published' | 'all'>('published');

  const readFile = async (file: File) => {
    setFileError(null);
    importPackage.reset();
    importExcel.reset();
    if (format === 'xlsx') {
      importExcel.mutate(file);
      return;
    }
    const records = readPackageRecords(await file.text());
    if (!records) {
      setFileError(t('catalogAdmin.exchange.fileInvalid', { name: file.name }));
      return;
    }
    importPackage.mutate(records);
  };

  return (
    <>
      <PageHeader title={t('catalogAdmin.exchange.heading')} description={t('catalogAdmin.exchange.lead')} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Card>
            <h2 className="form-section-title">{t('catalogAdmin.exchange.importTitle')}</h2>
            <fieldset className="plain-fieldset">
              <legend>{t('catalogAdmin.exchange.format')}</legend>
              <Radio.Group
                value={format}
                disabled={pending}
                onChange={(event) => {
                  setFormat(event.target.value as 'json' | 'xlsx');
                  setFileError(null);
                }}
                data-testid="import-format"
              >
                <Radio value="json">{t('catalogAdmin.exchange.formatJson')}</Radio>
                <Radio value="xlsx">{t('catalogAdmin.exchange.formatExcel')}</Radio>
              </Radio.Group>
            </fieldset>
            <p>{format === 'json' ? t('catalogAdmin.exchange.importHelp') : t('catalogAdmin.exchange.importExcelHelp')}</p>
            <Upload.Dragger
              accept={format === 'json' ? '.json,application/json' : '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'}
              multiple={false}
              showUploadList={false}
              disabled={pending}
              beforeUpload={(file) => {
                void readFile(file);
                return false;
              }}
              data-testid="import-upload"
            >
              <p className="ant-upload-drag-icon">
                <InboxOutlined aria-hidden />
              </p>
              <p>{pending ? t('catalogAdmin.exchange.importing') : format === 'json' ? t('catalogAdmin.exchange.drop') : t('catalogAdmin.exchange.dropExcel')}</p>
            </Upload.Dragger>
            {fileError ? <Alert type="error" showIcon title={fileError} style={{ marginTop: 16 }} role="alert" /> : null}
            {active.isError ? <div style={{ marginTop: 16 }}><ErrorAlert error={active.error} /></div> : null}
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Card>
            <h2 className="form-section-title">{t('catalogAdmin.exchange.exportTitle')}</h2>
            <fieldset className="plain-fieldset">
              <legend>{t('catalogAdmin.exchange.scope')}</legend>
              <Radio.Group value={scope} onChange={(event) => setScope(event.target.value as 'published' | 'all')}>
                <Radio value="published">{t('catalogAdmin.exchange.scopePublished')}</Radio>
                <Radio value="all">{t('catalogAdmin.exchange.scopeAll')}</Radio>
              </Radio.Group>
            </fieldset>
            <ul className="plain-list">
              <li>
                <a href={buildApiUrl('/catalog/export/national-package', { scope })} download="goi-thu-tuc-quoc-gia.json" data-testid="export-package">
                  <DownloadOutlined aria-hidden /> {t('catalogAdmin.exchange.exportPackage')}
                </a>
              </li>
              <li>
                <a href={buildApiUrl('/catalog/export/procedures.xlsx', { scope })} download data-testid="export-excel">
                  <FileExcelOutlined aria-hidden /> {t('catalogAdmin.exchange.exportExcel')}
                </a>
              </li>
              <li>
                <a href={buildApiUrl('/catalog/open-data.jsonld')} target="_blank" rel="noopener noreferrer" data-testid="export-open-data">
                  <DownloadOutlined aria-hidden /> {t('catalogAdmin.exchange.exportOpenData')}
                </a>
              </li>
            </ul>
          </Card>
        </Col>
      </Row>
      {active.data ? (
        <Card style={{ marginTop: 16 }}>
          <Flex justify="space-between" wrap gap={8}>
            <h2 className="form-section-title">{t('catalogAdmin.exchange.reportTitle')}</h2>
          </Flex>
          <Alert type="info" showIcon title={t('catalogAdmin.exchange.reportHint')} style={{ marginBottom: 16 }} />
          <ImportReportView report={active.data} />
        </Card>
      ) : null}
    </>
  );
}
