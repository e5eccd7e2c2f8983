import type { PortalDossierSummary } from '@motcua/shared';
import { Result } from 'antd';
import { useEffect, useRef } from 'react';
import { ButtonLink } from '@/components/button-link';
import { paths } from '@/config/paths';
import { useI18n } from '@/i18n';
import { formatInstant } from '../lib/format';
import { myDossierPath } from '../lib/paths';

/** The confirmation after submission: the dossier code, what happens next, and where to follow it. */
export function SubmittedResult({ dossier }: { dossier: PortalDossierSummary }) {
  const { t } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <Result
      status="success"
      className="apply-submitted"
      data-testid="apply-submitted"
      title={
        <h2 ref={heading} tabIndex={-1} className="apply-submitted-title">
          {t('portalDossiers.submitted.title')}
        </h2>
      }
      subTitle={
        <div className="apply-submitted-text">
          <p>
            {t('portalDossiers.submitted.code')} <strong className="dossier-code" data-testid="apply-submitted-code">{dossier.code}</strong>
          </p>
          <p>{t('portalDossiers.submitted.status', { status: dossier.statusLabel })}</p>
          {dossier.acceptBy ? <p>{t('portalDossiers.submitted.acceptBy', { at: formatInstant(dossier.acceptBy) })}</p> : null}
        </div>
      }
      extra={[
        <ButtonLink key="dossier" type="primary" to={myDossierPath(dossier.id)} data-testid="apply-submitted-open">
          {t('portalDossiers.submitted.open')}
        </ButtonLink>,
        <ButtonLink key="mine" to={paths.portal.accountDossiers}>
          {t('portalDossiers.nav.myDossiers')}
        </ButtonLink>,
      ]}
    />
  );
}
