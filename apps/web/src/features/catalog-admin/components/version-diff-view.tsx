import type { DiffChange, VersionDiff } from '@motcua/shared';
import { Empty, Table, Tag, type TableColumnsType } from 'antd';
import { TableRegion } from '@/components/table-region';
import { accessibleColors } from '@/config/theme';
import { useI18n } from '@/i18n';

const kindColors = { added: accessibleColors.success, removed: accessibleColors.error, changed: accessibleColors.info } as const;

function Value({ value }: { value: unknown }) {
  if (value === null || value === undefined) return <span className="muted-text">—</span>;
  if (typeof value === 'string') return <span className="pre-line">{value}</span>;
  if (typeof value === 'number' || typeof value === 'boolean') return <code>{String(value)}</code>;
  // Focusable: a long value scrolls, and keyboard users must be able to scroll it too.
  return <pre className="json-block" tabIndex={0}>{JSON.stringify(value, null, 2)}</pre>;
}

/** A unified line diff of a long text: removed lines on red, added on green (the sign is kept for non-colour readers). */
function TextDiff({ diff }: { diff: string }) {
  return (
    <pre className="json-block text-diff" tabIndex={0}>
      {diff.split('\n').map((line, index) => (
        <span key={index} className={line.startsWith('+') ? 'diff-after' : line.startsWith('-') ? 'diff-before' : undefined}>
          {`${line}\n`}
        </span>
      ))}
    </pre>
  );
}

export function VersionDiffView({ diff }: { diff: VersionDiff }) {
  const { t } = useI18n();
  const rows = diff.changes.map((change, index) => ({ ...change, key: index }));
  const columns: TableColumnsType<DiffChange & { key: number }> = [
    { title: t('catalogAdmin.diff.path'), dataIndex: 'path', width: 260, render: (path: string) => <code className="pre-line">{path}</code> },
    { title: t('catalogAdmin.diff.kind'), dataIndex: 'kind', width: 110, render: (kind: DiffChange['kind']) => <Tag color={kindColors[kind]}>{t(`catalogAdmin.diff.kind.${kind}`)}</Tag> },
    {
      title: t('catalogAdmin.diff.change'),
      key: 'change',
      render: (_, change) =>
        change.textDiff ? (
          <TextDiff diff={change.textDiff} />
        ) : (
          <div className="diff-pair">
            <div className="diff-before">
              <span className="sr-only">{t('catalogAdmin.diff.before')}: </span>
              <Value value={change.before} />
            </div>
            <div className="diff-after">
              <span className="sr-only">{t('catalogAdmin.diff.after')}: </span>
              <Value value={change.after} />
            </div>
          </div>
        ),
    },
  ];
  if (diff.changes.length === 0) return <Empty description={t('catalogAdmin.diff.none')} />;
  return (
    <TableRegion label={t('catalogAdmin.diff.title', { from: diff.from, to: diff.to })} minWidth={820}>
      <Table size="small" columns={columns} dataSource={rows} pagination={false} data-testid="version-diff-table" />
    </TableRegion>
  );
}
