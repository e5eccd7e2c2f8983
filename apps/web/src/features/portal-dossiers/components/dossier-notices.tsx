import { portalNoticeNoteOf, type PortalNotice } from '@motcua/shared';
import { Skeleton, Tag } from 'antd';
import { Link } from 'react-router';
import { ErrorAlert } from '@/components/error-alert';
import { paths } from '@/config/paths';
import { useI18n } from '@/i18n';
import { deliveryStatusColors } from '@/lib/delivery-status';
import { useDossierNotices } from '../api/notices';
import { formatInstant } from '../lib/format';

/** The profile page's verification box (its heading's id), or the profile form where a contact is added. */
const fixLinks = {
  verify_contact: `${paths.portal.accountProfile}#account-verify-title`,
  add_contact: paths.portal.accountProfile,
} as const;

interface Step {
  seq: number;
  at: string;
  label: string;
  statusLabel: string | null;
  notices: PortalNotice[];
}

/** One entry per dossier step, its channels under it; the API lists them newest step first. */
function byStep(items: PortalNotice[]): Step[] {
  const steps: Step[] = [];
  for (const notice of items) {
    const last = steps.at(-1);
    if (last && last.seq === notice.actionSeq) {
      last.notices.push(notice);
      if (notice.at < last.at) last.at = notice.at;
    } else {
      steps.push({ seq: notice.actionSeq, at: notice.at, label: notice.stepLabel, statusLabel: notice.stepStatusLabel, notices: [notice] });
    }
  }
  return steps;
}

function NoticeLine({ notice }: { notice: PortalNotice }) {
  const { t } = useI18n();
  // The server's note, in the interface's language.
  const note = portalNoticeNoteOf(notice);
  return (
    <li className="notice-channel-item" data-testid="portal-notice" data-channel={notice.channel} data-status={notice.status}>
      <span className="notice-channel-line">
        <span className="notice-channel-name">{t(`portalDossiers.notices.channel.${notice.channel}`)}</span>
        <Tag color={deliveryStatusColors[notice.status]} className="notice-status-tag" data-testid="portal-notice-status">
          {t(`portalDossiers.notices.status.${notice.status}`)}
        </Tag>
      </span>
      {notice.reason ? <span className="notice-reason" data-testid="portal-notice-reason">{t(`portalDossiers.notices.reason.${notice.reason}`)}</span> : null}
      {note ? <span className="muted-text">{t(`portalDossiers.notices.note.${note}`)}</span> : null}
      {notice.fix ? (
        <Link to={fixLinks[notice.fix]} className="notice-fix-link" data-testid="portal-notice-fix">
          {t(`portalDossiers.notices.link.${notice.fix}`)}
        </Link>
      ) : null}
    </li>
  );
}

/**
 * "Thông báo đã gửi cho bạn": per step of the dossier, each channel and whether the notice reached the applicant (a
 * notice only written to the server's log did not), why not, and where to fix it. Never the address or number: the
 * API does not return them.
 */
export function DossierNotices({ dossierId }: { dossierId: string }) {
  const { t } = useI18n();
  const notices = useDossierNotices(dossierId);
  if (notices.isPending) return <Skeleton active paragraph={{ rows: 2 }} />;
  if (notices.isError) return <ErrorAlert error={notices.error} title={t('errors.loadFailed')} onRetry={() => void notices.refetch()} />;
  const steps = byStep(notices.data.items);
  return (
    <>
      <p className="muted-text">{t('portalDossiers.notices.lead')}</p>
      {steps.length === 0 ? <p className="muted-text" data-testid="portal-notices-empty">{t('portalDossiers.notices.empty')}</p> : (
        <ul className="notice-list">
          {steps.map((step) => (
            <li key={step.seq} className="notice-step" data-testid="portal-notice-step">
              <h3 className="notice-step-title" lang="vi">{step.label}</h3>
              <p className="muted-text notice-step-meta">
                {formatInstant(step.at)}
                {step.statusLabel ? <> · <span lang="vi">{step.statusLabel}</span></> : null}
              </p>
              <ul className="notice-channels" aria-label={t('portalDossiers.notices.channelsOf', { step: step.label })}>
                {step.notices.map((notice) => <NoticeLine key={notice.id} notice={notice} />)}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
