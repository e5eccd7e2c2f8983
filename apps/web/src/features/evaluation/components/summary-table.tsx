import type { AgencyEvaluation, EvaluationSummary, QuestionFigures } from '@motcua/shared';
import { Table, Tag, Tooltip } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { TableRegion } from '@/components/table-region';
import { useI18n } from '@/i18n';

type Row = Omit<AgencyEvaluation, 'unitId' | 'unitName'> & { key: string; unitName: string; isTotal?: boolean };

function Figure({ figures }: { figures: QuestionFigures | undefined }) {
  const { t } = useI18n();
  if (!figures || figures.answered === 0) return <span aria-label={t('evaluation.summary.noData')}>—</span>;
  return (
    <span>
      <strong>{figures.averageScore?.toLocaleString('vi-VN')}</strong>
      <br />
      <span className="evaluation-share">{t('evaluation.summary.satisfiedShare', { percent: (figures.satisfiedPercent ?? 0).toLocaleString('vi-VN') })}</span>
    </span>
  );
}

/** One row per agency and a total row: ratings, likes, each index's score and satisfied share, total and grade. */
export function SummaryTable({ summary, loading }: { summary: EvaluationSummary | undefined; loading: boolean }) {
  const { t } = useI18n();
  const questions = summary?.questionSet.questions ?? [];
  const rows: Row[] = summary
    ? [
        ...summary.agencies.map((a) => ({ ...a, key: a.unitId })),
        ...(summary.agencies.length > 1 ? [{ ...summary.totals, key: 'total', unitName: t('evaluation.summary.total'), isTotal: true }] : []),
      ]
    : [];
  const columns: ColumnsType<Row> = [
    { key: 'unit', title: t('evaluation.summary.agency'), dataIndex: 'unitName', fixed: 'left', width: 220, render: (name: string, row) => (row.isTotal ? <strong>{name}</strong> : name) },
    { key: 'ratings', title: t('evaluation.summary.ratings'), dataIndex: 'ratings', align: 'right', width: 90 },
    { key: 'likes', title: t('evaluation.summary.likes'), dataIndex: 'likes', align: 'right', width: 90 },
    { key: 'dislikes', title: t('evaluation.summary.dislikes'), dataIndex: 'dislikes', align: 'right', width: 110 },
    ...questions.map((q) => ({
      key: q.key,
      title: (
        <Tooltip title={q.legalName}>
          <abbr title={q.legalName}>{t('evaluation.summary.index', { number: q.number })}</abbr>
        </Tooltip>
      ),
      align: 'center' as const,
      width: 100,
      render: (_: unknown, row: Row) => <Figure figures={row.questions.find((f) => f.key === q.key)} />,
    })),
    {
      key: 'total', title: t('evaluation.summary.totalScore'), dataIndex: 'totalScore', align: 'right', width: 100,
      render: (total: number | null) => (total === null ? '—' : <strong>{total.toLocaleString('vi-VN')}</strong>),
    },
    {
      key: 'grade', title: t('evaluation.summary.grade'), dataIndex: 'grade', width: 120,
      // Plain tags: antd's coloured tags miss the 4.5:1 contrast on their pale backgrounds.
      render: (grade: string | null, row) => (grade ? <Tag>{row.gradeLabel}</Tag> : '—'),
    },
  ];
  return (
    <TableRegion label={t('evaluation.summary.heading')} minWidth={1500}>
      <Table<Row>
        size="middle"
        rowKey="key"
        columns={columns}
        dataSource={rows}
        loading={loading}
        pagination={false}
        locale={{ emptyText: t('evaluation.summary.empty') }}
        data-testid="evaluation-summary-table"
      />
    </TableRegion>
  );
}
