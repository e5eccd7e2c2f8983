import type { DossierDetail, TimelinessReason } from '@motcua/shared';
import { Alert, Descriptions, Typography } from 'antd';
import { useI18n } from '@/i18n';
import { formatDateTime } from '@/lib/dates';
import { DossierStatusTag, DueDate, TimelinessTag } from './dossier-tags';
import { useDossierLabels } from '../lib/use-dossier-labels';
import { AppliedCases } from '@/components/case-questions';

/** Who, what, where it stands and by when: the facts an officer checks before acting. */
export function DossierHeader({ dossier }: { dossier: DossierDetail }) {
  const { t } = useI18n();
  const labels = useDossierLabels();
  return (
    <>
      <Descriptions
        size="small"
        bordered
        column={{ xs: 1, md: 2, xl: 3 }}
        data-testid="dossier-header"
        items={[
          { key: 'code', label: t('dossiers.field.code'), children: <Typography.Text copyable strong data-testid="dossier-code">{dossier.code}</Typography.Text> },
          { key: 'status', label: t('common.status'), children: <span data-testid="dossier-status"><DossierStatusTag status={dossier.status} /></span> },
          {
            key: 'national',
            label: t('dossiers.field.nationalStatus'),
            children: <span data-testid="dossier-national-status">{t('dossiers.nationalStatus', { code: dossier.nationalStatus.code, label: dossier.nationalStatus.label })}</span>,
          },
          { key: 'procedure', label: t('dossiers.field.procedure'), span: 2, children: <>{dossier.procedure.name} (<code>{dossier.procedure.code}</code>){dossier.variantName && dossier.variantName !== dossier.procedure.name ? ` · ${dossier.variantName}` : null}</> },
          { key: 'channel', label: t('dossiers.field.channel'), children: labels.channel(dossier.channel) },
          { key: 'applicant', label: t('dossiers.field.applicant'), children: <>{dossier.applicant.name} · {dossier.applicant.identifier}</> },
          { key: 'contact', label: t('dossiers.field.contact'), children: [dossier.applicant.phone, dossier.applicant.email, dossier.applicant.address].filter(Boolean).join(' · ') || t('common.notAvailable') },
          { key: 'sets', label: t('dossiers.field.sets'), children: dossier.sets },
          { key: 'received', label: t('dossiers.field.receivedAt'), children: formatDateTime(dossier.receivedAt) || t('common.notAvailable') },
          { key: 'due', label: t('dossiers.field.dueAt'), children: <DueDate dueAt={dossier.dueAt} standing={dossier.standing.value} /> },
          { key: 'standing', label: t('dossiers.field.standing'), children: <span data-testid="dossier-standing"><TimelinessTag value={dossier.standing.value} /></span> },
          { key: 'unit', label: t('dossiers.field.currentUnit'), children: dossier.currentUnit.name },
          { key: 'assignee', label: t('dossiers.field.assignee'), children: dossier.assignee?.fullName ?? t('dossiers.unassigned') },
          { key: 'stepDue', label: t('dossiers.field.stepDueAt'), children: formatDateTime(dossier.stepDueAt) || t('common.notAvailable') },
          ...(dossier.requestSummary ? [{ key: 'request', label: t('dossiers.desk.requestSummary'), span: 3, children: dossier.requestSummary }] : []),
          ...(dossier.appliedCases.length > 0 ? [{ key: 'cases', label: t('requirements.applied'), span: 3, children: <AppliedCases cases={dossier.appliedCases} testId="dossier-applied-cases" /> }] : []),
        ]}
      />
      {dossier.standing.reasons.length > 0 || dossier.flags.length > 0 ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginTop: 12 }}
          title={t('dossiers.page.flags')}
          description={
            <ul className="plain-list">
              {dossier.standing.reasons.map((reason) => <li key={reason}>{t(`dossiers.standingReason.${reason as TimelinessReason}`)}</li>)}
              {dossier.flags.map((flag) => <li key={flag.code}>{flag.message}</li>)}
            </ul>
          }
        />
      ) : null}
    </>
  );
}
