import type { TimingFlags } from '@motcua/shared';
import { Tag } from 'antd';
import { accessibleColors } from '@/config/theme';
import { useI18n } from '@/i18n';
import { formatDate } from '@/lib/dates';

/** Announcement and publication deadlines (rules.md §1) and whether each was met. */
export function DecisionTiming({ timing, compact = false }: { timing: TimingFlags; compact?: boolean }) {
  const { t } = useI18n();
  const flag = (late: boolean | null) =>
    late === null ? (
      <Tag color={accessibleColors.neutral}>{t('catalogAdmin.timing.unknown')}</Tag>
    ) : late ? (
      <Tag color={accessibleColors.error}>{t('catalogAdmin.timing.late')}</Tag>
    ) : (
      <Tag color={accessibleColors.success}>{t('catalogAdmin.timing.onTime')}</Tag>
    );
  return (
    <dl className={compact ? 'timing-list timing-compact' : 'timing-list'} data-testid="decision-timing">
      <div>
        <dt>{t('catalogAdmin.timing.announcement')}</dt>
        <dd>
          {flag(timing.announcedLate)}
          {timing.announcementDeadline ? t('catalogAdmin.timing.deadline', { date: formatDate(timing.announcementDeadline) }) : null}
        </dd>
      </div>
      <div>
        <dt>{t('catalogAdmin.timing.publication')}</dt>
        <dd>
          {flag(timing.publishedLate)}
          {timing.publicationDeadline ? t('catalogAdmin.timing.deadline', { date: formatDate(timing.publicationDeadline) }) : null}
        </dd>
      </div>
    </dl>
  );
}
