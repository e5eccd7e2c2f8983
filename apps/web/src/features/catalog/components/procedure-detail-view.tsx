import type { AgencyRole, AssignedUnit, LegalBasisItem, ProcedureDetail, ProcedureVariant } from '@motcua/shared';
import { agencyRoles } from '@motcua/shared';
import { Alert, Button, Card, Descriptions, Flex, type DescriptionsProps, type TableColumnsType } from 'antd';
import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { useI18n } from '@/i18n';
import { formatDate, formatDateTime } from '@/lib/dates';
import { useCatalogLabels } from '../lib/labels';
import { OnlineLevelTag, ProcedureStatusTag } from './catalog-tags';
import { agencyPath, procedurePath, sectorPath } from './procedure-result-list';
import { ResponsiveTable } from './responsive-table';
import { ChannelsTable, DocumentsTable, FeesTable } from './variant-tables';

function Section({ id, title, children, testId }: { id: string; title: string; children: ReactNode; testId?: string }) {
  return (
    <section aria-labelledby={id} className="procedure-section" data-testid={testId}>
      <h2 id={id} className="section-heading">
        {title}
      </h2>
      {children}
    </section>
  );
}

function Text({ value }: { value: string | null }) {
  const { t } = useI18n();
  // Catalog data is Vietnamese whatever the interface language (WCAG 3.1.2).
  return value && value.trim() ? <div className="pre-line" lang="vi">{value}</div> : <span className="muted-text">{t('catalog.detail.notStated')}</span>;
}

function StatusNotice({ procedure }: { procedure: ProcedureDetail }) {
  const { t } = useI18n();
  if (procedure.status === 'replaced') {
    return (
      <Alert
        type="warning"
        showIcon
        title={t('catalog.detail.replacedTitle')}
        description={
          procedure.replacedBy ? (
            <>
              {t('catalog.detail.replacedBy')} <Link to={procedurePath(procedure.replacedBy.code)}>{`${procedure.replacedBy.code} – ${procedure.replacedBy.name}`}</Link>
            </>
          ) : (
            t('catalog.detail.replacedNoLink')
          )
        }
        style={{ marginBottom: 16 }}
        data-testid="procedure-status-notice"
      />
    );
  }
  if (procedure.status === 'abolished') {
    return <Alert type="error" showIcon title={t('catalog.detail.abolishedTitle')} description={t('catalog.detail.abolishedText')} style={{ marginBottom: 16 }} data-testid="procedure-status-notice" />;
  }
  if (procedure.status === 'draft') {
    return <Alert type="info" showIcon title={t('catalog.detail.draftTitle')} style={{ marginBottom: 16 }} data-testid="procedure-status-notice" />;
  }
  return null;
}

const unitsShown = 12;

function AssignedUnits({ units }: { units: AssignedUnit[] }) {
  const { t } = useI18n();
  const labels = useCatalogLabels();
  const [expanded, setExpanded] = useState(false);
  if (units.length === 0) return null;
  const byRole = agencyRoles
    .map((role: AgencyRole) => ({ role, units: units.filter((unit) => unit.role === role) }))
    .filter((group) => group.units.length > 0);
  let budget = expanded ? Infinity : unitsShown;
  return (
    <div className="assigned-units" data-testid="procedure-assigned-units">
      <h3 className="subsection-heading">{t('catalog.detail.assignedUnits', { total: units.length })}</h3>
      {byRole.map((group) => {
        const shown = group.units.slice(0, Math.max(0, budget));
        budget -= shown.length;
        if (shown.length === 0) return null;
        return (
          <div key={group.role}>
            <p className="assigned-role">{labels.agencyRole(group.role)}</p>
            <ul className="inline-list" id={`assigned-${group.role}`}>
              {shown.map((unit) => (
                <li key={`${unit.role}-${unit.unitId}`}>
                  <Link to={agencyPath(unit.unitCode)}>{unit.unitName}</Link>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
      {units.length > unitsShown ? (
        <Button type="link" aria-expanded={expanded} onClick={() => setExpanded((value) => !value)} style={{ paddingInline: 0 }}>
          {expanded ? t('catalog.browse.showLess') : t('catalog.browse.showAll', { total: units.length })}
        </Button>
      ) : null}
    </div>
  );
}

function VariantCard({ variant, index, total }: { variant: ProcedureVariant; index: number; total: number }) {
  const { t } = useI18n();
  const labels = useCatalogLabels();
  const submitted = variant.documents.filter((document) => document.group === 'submit');
  const presented = variant.documents.filter((document) => document.group === 'present');
  const title = total > 1 ? t('catalog.variant.numbered', { index: index + 1, name: variant.name }) : variant.name;
  const timeLimit = labels.timeLimit(variant.timeLimit);
  const headingId = `variant-${variant.key}`;
  return (
    <Card className="variant-card" data-testid="procedure-variant">
      <h3 id={headingId} className="variant-heading" lang="vi">
        {title}
      </h3>
      <dl className="variant-facts">
        <div>
          <dt>{t('catalog.field.timeLimit')}</dt>
          <dd data-testid="procedure-time-limit">
            <strong>{timeLimit ?? t('catalog.detail.timeLimitByChannel')}</strong>
            {variant.timeLimitNote ? <div className="pre-line muted-text" lang="vi">{variant.timeLimitNote}</div> : null}
          </dd>
        </div>
        {variant.eForm ? (
          <div>
            <dt>{t('catalog.variant.eForm')}</dt>
            <dd>{t('catalog.variant.eFormAvailable')}</dd>
          </div>
        ) : null}
      </dl>
      <h4 className="subsection-heading">{t('catalog.variant.channels')}</h4>
      {variant.channels.length > 0 ? <ChannelsTable channels={variant.channels} label={t('catalog.variant.channelsOf', { name: title })} /> : <Text value={null} />}
      <h4 className="subsection-heading">{t('catalog.variant.fees')}</h4>
      <FeesTable fees={variant.fees} label={t('catalog.variant.feesOf', { name: title })} />
      <h4 className="subsection-heading">{t('catalog.variant.documents')}</h4>
      <DocumentsTable documents={submitted} label={t('catalog.variant.documentsOf', { name: title })} testId="procedure-documents" />
      {presented.length > 0 ? (
        <>
          <h4 className="subsection-heading">{t('catalog.variant.presented')}</h4>
          <DocumentsTable documents={presented} label={t('catalog.variant.presentedOf', { name: title })} testId="procedure-presented-documents" />
        </>
      ) : null}
    </Card>
  );
}

function LegalBasisTable({ items }: { items: LegalBasisItem[] }) {
  const { t } = useI18n();
  const columns: TableColumnsType<LegalBasisItem & { key: number }> = [
    { title: t('catalog.legal.number'), dataIndex: 'number', width: 170, render: (value: string | null) => value ?? t('common.notAvailable') },
    { title: t('catalog.legal.title'), dataIndex: 'title', render: (title: string) => <span lang="vi">{title}</span> },
    { title: t('catalog.legal.issuedOn'), dataIndex: 'issuedOn', width: 120, render: (value: string | null) => (value ? formatDate(value) : t('common.notAvailable')) },
    { title: t('catalog.legal.issuer'), dataIndex: 'issuer', width: 170, render: (value: string | null) => value ?? t('common.notAvailable') },
  ];
  return (
    <ResponsiveTable<LegalBasisItem & { key: number }>
      label={t('catalog.section.legalBasis')}
      minWidth={720}
      columns={columns}
      dataSource={items.map((item, key) => ({ ...item, key }))}
      locale={{ emptyText: t('catalog.detail.notStated') }}
      data-testid="procedure-legal-basis"
    />
  );
}

/** Every component of a procedure record (rules.md §1), for the portal and for previews in the back office. */
export function ProcedureDetailView({ procedure, linkSector = true }: { procedure: ProcedureDetail; linkSector?: boolean }) {
  const { t } = useI18n();
  const labels = useCatalogLabels();
  const yesNo = (value: boolean) => (value ? t('common.yes') : t('common.no'));

  const general: DescriptionsProps['items'] = [
    { key: 'code', label: t('catalog.field.code'), children: <span data-testid="procedure-code">{procedure.code}</span> },
    { key: 'status', label: t('common.status'), children: <ProcedureStatusTag status={procedure.status} /> },
    { key: 'sector', label: t('catalog.field.sector'), children: linkSector ? <Link to={sectorPath(procedure.sector.code)}>{procedure.sector.name}</Link> : procedure.sector.name },
    { key: 'kind', label: t('catalog.field.kind'), children: procedure.kind ?? t('common.notAvailable') },
    { key: 'levels', label: t('catalog.field.levels'), children: procedure.levels.length ? procedure.levels.map(labels.level).join(', ') : t('common.notAvailable') },
    { key: 'online', label: t('catalog.field.onlineLevel'), children: <OnlineLevelTag level={procedure.onlineLevel} /> },
    {
      key: 'subjects',
      label: t('catalog.field.subjects'),
      span: 'filled',
      children: procedure.subjects.length ? procedure.subjects.map(labels.subject).join('; ') : t('common.notAvailable'),
    },
    { key: 'postal', label: t('catalog.field.postal'), children: yesNo(procedure.postal) },
    { key: 'onTheSpot', label: t('catalog.field.onTheSpot'), children: yesNo(procedure.onTheSpot) },
    { key: 'interAgency', label: t('catalog.field.interAgency'), children: yesNo(procedure.interAgency) },
    {
      key: 'decision',
      label: t('catalog.field.decision'),
      children: procedure.decision ? (
        <span data-testid="procedure-decision">
          {procedure.decision.number}
          {procedure.decision.signedOn ? ` ${t('catalog.detail.signedOn', { date: formatDate(procedure.decision.signedOn) })}` : ''}
        </span>
      ) : (
        t('common.notAvailable')
      ),
    },
    { key: 'publishedAt', label: t('catalog.field.publishedAt'), children: procedure.publishedAt ? formatDateTime(procedure.publishedAt) : t('common.notAvailable') },
    { key: 'version', label: t('catalog.field.version'), children: String(procedure.version.number) },
  ];

  const agencies: DescriptionsProps['items'] = [
    { key: 'competent', label: t('catalog.agency.competent'), children: <Text value={procedure.agencies.competent} /> },
    { key: 'implementing', label: t('catalog.agency.implementing'), children: <Text value={procedure.agencies.implementing} /> },
    { key: 'authorised', label: t('catalog.agency.authorised'), children: <Text value={procedure.agencies.authorised} /> },
    { key: 'coordinating', label: t('catalog.agency.coordinating'), children: <Text value={procedure.agencies.coordinating} /> },
    { key: 'receivingAddress', label: t('catalog.agency.receivingAddress'), children: <Text value={procedure.agencies.receivingAddress} /> },
  ];

  return (
    <div className="procedure-detail" data-testid="procedure-detail">
      <StatusNotice procedure={procedure} />
      <Section id="section-general" title={t('catalog.section.general')} testId="procedure-general">
        <Descriptions bordered size="small" column={{ xs: 1, sm: 1, md: 2 }} items={general} />
      </Section>
      <Section id="section-agencies" title={t('catalog.section.agencies')} testId="procedure-agencies">
        <Descriptions bordered size="small" column={1} items={agencies} />
        <AssignedUnits units={procedure.assignedUnits} />
      </Section>
      <Section id="section-steps" title={t('catalog.section.steps')} testId="procedure-steps">
        <Text value={procedure.steps} />
      </Section>
      <Section id="section-variants" title={t('catalog.section.variants')} testId="procedure-variants">
        {procedure.variants.length > 1 ? <p>{t('catalog.detail.variantCount', { total: procedure.variants.length })}</p> : null}
        {procedure.variants.length === 0 ? <Text value={null} /> : null}
        <Flex vertical gap={16}>
          {procedure.variants.map((variant, index) => (
            <VariantCard key={variant.key} variant={variant} index={index} total={procedure.variants.length} />
          ))}
        </Flex>
      </Section>
      <Section id="section-conditions" title={t('catalog.section.conditions')} testId="procedure-conditions">
        <Text value={procedure.conditions} />
      </Section>
      <Section id="section-results" title={t('catalog.section.results')} testId="procedure-outputs">
        {procedure.results.length ? (
          <ul>
            {procedure.results.map((result, index) => (
              <li key={index} lang="vi">
                {result.name}
                {result.code ? <span className="muted-text">{` (${t('catalog.detail.resultCode', { code: result.code })})`}</span> : null}
              </li>
            ))}
          </ul>
        ) : (
          <Text value={null} />
        )}
      </Section>
      <Section id="section-legal" title={t('catalog.section.legalBasis')}>
        <LegalBasisTable items={procedure.legalBasis} />
      </Section>
      {procedure.related.length ? (
        <Section id="section-related" title={t('catalog.section.related')}>
          <ul>
            {procedure.related.map((related, index) => (
              <li key={index}>{related.code ? <Link to={procedurePath(related.code)}>{`${related.code} – ${related.name}`}</Link> : related.name}</li>
            ))}
          </ul>
        </Section>
      ) : null}
    </div>
  );
}
