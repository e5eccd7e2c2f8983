import type { DossierDetail } from '@motcua/shared';
import { Table, Tag, Typography } from 'antd';
import { TableRegion } from '@/components/table-region';
import { useI18n } from '@/i18n';
import { buildApiUrl } from '@/lib/api-client';
import { formatDateTime } from '@/lib/dates';
import { formatFileSize } from '@/lib/format';
import type { DossierDocument, DossierResult } from '../../lib/types';
import { useDossierLabels } from '../../lib/use-dossier-labels';

/** What came in (checklist, supplements, scans) and what went out (results with their codes). */
export function DocumentsTab({ dossier }: { dossier: DossierDetail }) {
  const { t, locale } = useI18n();
  const labels = useDossierLabels();
  return (
    <>
      <Typography.Title level={2} className="tab-heading">{t('dossiers.documents.received')}</Typography.Title>
      <TableRegion label={t('dossiers.documents.received')} minWidth={900}>
        <Table<DossierDocument>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={dossier.documents}
          data-testid="dossier-documents"
          columns={[
            { title: '#', dataIndex: 'position', width: 50, render: (position: number) => position + 1 },
            {
              title: t('dossiers.desk.document'),
              key: 'name',
              render: (_, document) => (
                <>
                  {document.name} {document.required ? <Tag color="#b3261e">{t('dossiers.desk.required')}</Tag> : null}
                </>
              ),
            },
            { title: t('dossiers.documents.source'), dataIndex: 'source', width: 140, render: (source: DossierDocument['source']) => t(`dossiers.documentSource.${source}`) },
            { title: t('dossiers.field.originals'), dataIndex: 'originals', width: 90 },
            { title: t('dossiers.field.copies'), dataIndex: 'copies', width: 90 },
            {
              title: t('dossiers.documents.file'),
              key: 'file',
              render: (_, document) =>
                document.file ? (
                  // The session cookie goes with the link; the server answers only to those who may see the dossier.
                  <a href={buildApiUrl(`/dossiers/${encodeURIComponent(dossier.id)}/documents/${encodeURIComponent(document.id)}/file`)} target="_blank" rel="noopener noreferrer" data-testid="document-scan-link">
                    {`${document.file.name} (${formatFileSize(document.file.size, locale)})`}
                  </a>
                ) : (
                  ''
                ),
            },
            { title: t('dossiers.documents.receivedAt'), dataIndex: 'receivedAt', width: 130, render: (value: string) => formatDateTime(value) },
          ]}
        />
      </TableRegion>
      <Typography.Title level={2} className="tab-heading">{t('dossiers.documents.results')}</Typography.Title>
      <TableRegion label={t('dossiers.documents.results')} minWidth={800}>
        <Table<DossierResult>
          rowKey="number"
          size="small"
          pagination={false}
          dataSource={dossier.results}
          locale={{ emptyText: t('dossiers.documents.noResults') }}
          data-testid="dossier-results"
          columns={[
            { title: t('dossiers.documents.resultCode'), dataIndex: 'code', render: (code: string) => <code data-testid="result-code">{code}</code> },
            { title: t('dossiers.result.title'), dataIndex: 'title' },
            { title: t('dossiers.documents.issuedAt'), dataIndex: 'issuedAt', width: 130, render: (value: string) => formatDateTime(value) },
            { title: t('dossiers.documents.returnedAt'), dataIndex: 'returnedAt', width: 130, render: (value: string | null) => formatDateTime(value) },
            { title: t('dossiers.field.returnMethod'), dataIndex: 'returnMethod', width: 150, render: (method: DossierResult['returnMethod']) => (method ? labels.returnMethod(method) : '') },
          ]}
        />
      </TableRegion>
    </>
  );
}
