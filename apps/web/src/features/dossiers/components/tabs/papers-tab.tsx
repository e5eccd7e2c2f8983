import { FilePdfOutlined, StopOutlined } from '@ant-design/icons';
import { formTitles, type DossierDetail, type EResultSummary, type IssuedDocumentSummary } from '@motcua/shared';
import { Button, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { useState, type HTMLAttributes } from 'react';
import { ErrorAlert } from '@/components/error-alert';
import { TableRegion } from '@/components/table-region';
import { accessibleColors } from '@/config/theme';
import { useCan } from '@/features/auth';
import { useI18n } from '@/i18n';
import { formatDateTime } from '@/lib/dates';
import { eResultPdfUrl, issuedDocumentPdfUrl, processSheetPdfUrl, useDossierPapers } from '../../api/get-papers';
import { RevokeEResultModal } from '../revoke-e-result-modal';

/** The official papers of the dossier: the forms kept as issued, the process-control sheet and the electronic results. */
export function PapersTab({ dossier }: { dossier: DossierDetail }) {
  const { t, locale } = useI18n();
  const can = useCan();
  const papers = useDossierPapers(dossier.id);
  const [revoking, setRevoking] = useState<EResultSummary>();

  if (papers.isPending) return <Skeleton active />;
  if (papers.isError) return <ErrorAlert error={papers.error} title={t('errors.loadFailed')} onRetry={() => void papers.refetch()} />;
  const { forms, results } = papers.data;
  const formNumber = (form: IssuedDocumentSummary) => formTitles[form.kind].number;
  const formTitle = (form: IssuedDocumentSummary) => form.title || formTitles[form.kind][locale];

  return (
    <div data-testid="dossier-papers">
      <Typography.Title level={2} className="tab-heading">{t('dossiers.papers.forms')}</Typography.Title>
      <TableRegion label={t('dossiers.papers.forms')} minWidth={860}>
        <Table<IssuedDocumentSummary>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={forms}
          locale={{ emptyText: t('dossiers.papers.noForms') }}
          data-testid="papers-forms"
          onRow={(form) => ({ 'data-kind': form.kind, 'data-testid': 'paper-row' }) as HTMLAttributes<HTMLElement>}
          columns={[
            {
              title: t('dossiers.papers.form'),
              key: 'form',
              width: 90,
              render: (_, form) => (formNumber(form) ? t('dossiers.papers.formNumber', { number: formNumber(form) }) : ''),
            },
            { title: t('dossiers.papers.title'), key: 'title', render: (_, form) => formTitle(form) },
            { title: t('dossiers.papers.number'), dataIndex: 'number', width: 150 },
            { title: t('dossiers.papers.issuedAt'), dataIndex: 'issuedAt', width: 140, render: (value: string) => formatDateTime(value) },
            {
              title: t('dossiers.papers.signature'),
              key: 'signed',
              width: 220,
              render: (_, form) =>
                form.signed ? (
                  <Tag color={accessibleColors.success} data-testid="paper-signed">
                    {form.signerName ? t('dossiers.papers.signedBy', { signer: form.signerName }) : t('dossiers.papers.signed')}
                  </Tag>
                ) : (
                  <span className="muted-text">{t('dossiers.papers.unsigned')}</span>
                ),
            },
            {
              title: t('dossiers.papers.actions'),
              key: 'open',
              width: 110,
              render: (_, form) => (
                <Button
                  size="small"
                  icon={<FilePdfOutlined aria-hidden />}
                  href={issuedDocumentPdfUrl(form.id)}
                  target="_blank"
                  rel="noopener noreferrer"
                  aria-label={t('dossiers.papers.openLabel', { title: `${formTitle(form)} ${form.number}` })}
                  data-testid="paper-open"
                >
                  {t('dossiers.papers.open')}
                </Button>
              ),
            },
          ]}
        />
      </TableRegion>
      <p style={{ marginTop: 12 }}>
        <a href={processSheetPdfUrl(dossier.id)} target="_blank" rel="noopener noreferrer" data-testid="process-sheet-link">
          <FilePdfOutlined aria-hidden /> {t('dossiers.papers.processSheet')}
        </a>{' '}
        <span className="muted-text">{t('dossiers.papers.processSheetHint')}</span>
      </p>
      {papers.data.declarationUrl ? (
        <p>
          <a href={papers.data.declarationUrl} target="_blank" rel="noopener noreferrer" data-testid="declaration-link">
            <FilePdfOutlined aria-hidden /> {t('eFormBuilder.declarationPdf')}
          </a>{' '}
          <span className="muted-text">{t('eFormBuilder.declarationHint')}</span>
        </p>
      ) : null}

      <Typography.Title level={2} className="tab-heading">{t('dossiers.papers.results')}</Typography.Title>
      <TableRegion label={t('dossiers.papers.results')} minWidth={860}>
        <Table<EResultSummary>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={results}
          locale={{ emptyText: t('dossiers.papers.noResults') }}
          data-testid="papers-results"
          onRow={(result) => ({ 'data-status': result.status, 'data-testid': 'e-result-row' }) as HTMLAttributes<HTMLElement>}
          columns={[
            { title: t('dossiers.papers.resultCode'), dataIndex: 'resultCode', render: (code: string) => <code data-testid="e-result-code">{code}</code> },
            { title: t('dossiers.papers.title'), dataIndex: 'title' },
            { title: t('dossiers.papers.issuedAt'), dataIndex: 'issuedAt', width: 140, render: (value: string) => formatDateTime(value) },
            {
              title: t('dossiers.papers.status'),
              key: 'status',
              width: 160,
              render: (_, result) =>
                result.status === 'valid' ? (
                  <Tag color={accessibleColors.success} data-testid="e-result-status">{t('dossiers.papers.valid')}</Tag>
                ) : (
                  <>
                    <Tag color={accessibleColors.error} data-testid="e-result-status">{t('dossiers.papers.revoked')}</Tag>
                    {result.revokedAt ? <div className="muted-text">{t('dossiers.papers.revokedAt', { at: formatDateTime(result.revokedAt) })}</div> : null}
                    {result.revokedReason ? <div className="muted-text">{result.revokedReason}</div> : null}
                  </>
                ),
            },
            { title: t('dossiers.papers.verifications'), dataIndex: 'verifications', width: 90, align: 'right' },
            {
              title: t('dossiers.papers.actions'),
              key: 'actions',
              width: 250,
              render: (_, result) => (
                <Space wrap size={8}>
                  <Button
                    size="small"
                    icon={<FilePdfOutlined aria-hidden />}
                    href={eResultPdfUrl(result.id)}
                    target="_blank"
                    rel="noopener noreferrer"
                    aria-label={t('dossiers.papers.openResultLabel', { code: result.resultCode })}
                    data-testid="e-result-open"
                  >
                    {t('dossiers.papers.openResult')}
                  </Button>
                  <Typography.Text copyable={{ text: result.verifyUrl, tooltips: [t('dossiers.papers.copyLink'), t('dossiers.papers.copied')] }} data-testid="e-result-copy">
                    {t('dossiers.papers.copyLink')}
                  </Typography.Text>
                  {result.status === 'valid' && can('document.revoke') ? (
                    <Button
                      size="small"
                      danger
                      icon={<StopOutlined aria-hidden />}
                      aria-label={t('dossiers.papers.revokeLabel', { code: result.resultCode })}
                      onClick={() => setRevoking(result)}
                      data-testid="e-result-revoke"
                    >
                      {t('dossiers.papers.revoke')}
                    </Button>
                  ) : null}
                </Space>
              ),
            },
          ]}
        />
      </TableRegion>
      {revoking ? <RevokeEResultModal dossierId={dossier.id} result={revoking} onClose={() => setRevoking(undefined)} /> : null}
    </div>
  );
}
