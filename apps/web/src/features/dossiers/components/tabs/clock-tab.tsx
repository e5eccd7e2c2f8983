import { dossierStatusDefinitions, type DossierDetail } from '@motcua/shared';
import { Descriptions, Table, Typography } from 'antd';
import { useI18n } from '@/i18n';
import { formatDateTime } from '@/lib/dates';
import { useDossierLabels } from '../../lib/use-dossier-labels';

type ClockEvent = DossierDetail['clock']['events'][number];
type Milestone = DossierDetail['clock']['milestones'][number];

/** How the appointment was worked out: time limit, receipt, pauses and extensions, the engine's explanation. */
export function ClockTab({ dossier }: { dossier: DossierDetail }) {
  const { t, tOptional } = useI18n();
  const labels = useDossierLabels();
  const { clock } = dossier;
  // The status says whether the clock has started or ended; `paused` tells the rest.
  const phase = dossierStatusDefinitions[dossier.status].clock;
  const state =
    phase === 'ended' ? t('dossiers.clock.ended') : phase === 'not_started' ? t('dossiers.clock.notStarted') : clock.paused || phase === 'paused' ? t('dossiers.clock.paused') : t('dossiers.clock.running');
  return (
    <div data-testid="dossier-clock">
      <Descriptions
        size="small"
        bordered
        column={{ xs: 1, md: 2 }}
        items={[
          { key: 'limit', label: t('dossiers.clock.timeLimit'), children: labels.budget(clock.timeLimit) },
          { key: 'paused', label: t('dossiers.clock.state'), children: <span data-testid="dossier-clock-state">{state}</span> },
          { key: 'received', label: t('dossiers.field.receivedAt'), children: formatDateTime(clock.receivedAt) || t('common.notAvailable') },
          { key: 'due', label: t('dossiers.field.dueAt'), children: formatDateTime(clock.dueAt) || t('common.notAvailable') },
        ]}
      />
      <Typography.Title level={2} className="tab-heading">{t('dossiers.clock.events')}</Typography.Title>
      <Table<ClockEvent>
        rowKey={(event, index) => `${event.at}-${event.type}-${index ?? 0}`}
        size="small"
        pagination={false}
        dataSource={clock.events}
        locale={{ emptyText: t('dossiers.clock.noEvents') }}
        columns={[
          { title: t('dossiers.timeline.at'), dataIndex: 'at', width: 140, render: (at: string) => formatDateTime(at) },
          { title: t('dossiers.clock.eventType'), dataIndex: 'type', render: (type: string) => tOptional(`dossiers.clockEvent.${type}`) ?? type },
          { title: t('dossiers.clock.until'), dataIndex: 'until', width: 140, render: (until?: string) => formatDateTime(until) },
          { title: t('dossiers.timeline.reason'), dataIndex: 'reason', render: (reason?: string) => reason ?? '' },
        ]}
      />
      {clock.milestones.length > 0 && (
        <>
          <Typography.Title level={2} className="tab-heading">{t('dossiers.clock.milestones')}</Typography.Title>
          <Table<Milestone>
            rowKey="kind"
            size="small"
            pagination={false}
            dataSource={clock.milestones}
            data-testid="dossier-clock-milestones"
            columns={[
              { title: t('dossiers.clock.eventType'), dataIndex: 'label' },
              { title: t('dossiers.clock.milestoneAt'), dataIndex: 'at', width: 140, render: (at: string) => formatDateTime(at) },
              { title: t('dossiers.clock.citation'), dataIndex: 'citation' },
            ]}
          />
        </>
      )}
      <Typography.Title level={2} className="tab-heading">{t('dossiers.clock.explanation')}</Typography.Title>
      <ol className="clock-explanation" data-testid="dossier-clock-explanation">
        {clock.explanation.map((line, index) => (
          <li key={index}>{line}</li>
        ))}
      </ol>
    </div>
  );
}
