import { ArrowLeftOutlined, CheckCircleOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import type { DecisionItem, PublicationDecision } from '@motcua/shared';
import { App, Button, Card, Descriptions, Flex, Form, Skeleton, Table, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { generatePath, Link, useNavigate, useParams } from 'react-router';
import { ButtonLink } from '@/components/button-link';
import { ErrorAlert } from '@/components/error-alert';
import { PageHeader } from '@/components/page-header';
import { TableRegion } from '@/components/table-region';
import { paths } from '@/config/paths';
import { accessibleColors } from '@/config/theme';
import { useCan } from '@/features/auth';
import { useCatalogLabels } from '@/features/catalog';
import { useFormServerErrors } from '@/hooks/use-form-server-errors';
import { usePageTitle } from '@/hooks/use-page-title';
import { useI18n } from '@/i18n';
import { formatDate, formatDateTime } from '@/lib/dates';
import { useDecisionCheck } from '../api/check-decision';
import { useCreateDecision } from '../api/create-decision';
import { useDecision } from '../api/get-decision';
import { useUpdateDecision } from '../api/update-decision';
import { DecisionCheckPanel } from '../components/decision-check-panel';
import { DecisionFormFields } from '../components/decision-form';
import { DecisionStatusTag } from '../components/decision-status-tag';
import { DecisionTiming } from '../components/decision-timing';
import { IssueDecisionModal } from '../components/issue-decision-modal';
import { decisionToValues, emptyDecisionValues, valuesToDecisionBody, type DecisionValues } from '../lib/decision-form';

function ItemsTable({ items }: { items: DecisionItem[] }) {
  const { t } = useI18n();
  const labels = useCatalogLabels();
  const columns: TableColumnsType<DecisionItem> = [
    {
      title: t('catalog.field.code'),
      dataIndex: 'code',
      width: 130,
      render: (code: string, item) => <Link to={generatePath(paths.admin.catalogProcedure, { id: item.procedureId })}>{code}</Link>,
    },
    { title: t('catalog.field.name'), dataIndex: 'name' },
    {
      title: t('catalogAdmin.decision.action'),
      dataIndex: 'action',
      width: 170,
      render: (action: string, item) => (
        <>
          {labels.decisionAction(action)}
          {item.replacedBy ? <div className="muted-text">{t('catalogAdmin.decision.replacedByCode', { code: item.replacedBy.code })}</div> : null}
        </>
      ),
    },
    { title: t('catalog.field.version'), dataIndex: 'versionNumber', width: 90, render: (value: number | null) => value ?? '—' },
    { title: t('catalogAdmin.decision.publishedAt'), dataIndex: 'publishedAt', width: 150, render: (value: string | null) => (value ? formatDateTime(value) : '—') },
    {
      title: t('catalogAdmin.decision.completeness'),
      key: 'incomplete',
      width: 260,
      render: (_, item) =>
        item.incomplete ? (
          <>
            <Tag color={accessibleColors.warning}>{t('catalogAdmin.decision.incomplete')}</Tag>
            <ul className="check-list">
              {item.missing.filter((missing) => missing.mandatory).map((missing, index) => (
                <li key={index}>{missing.message}</li>
              ))}
            </ul>
          </>
        ) : (
          <span>{t('catalogAdmin.check.complete')}</span>
        ),
    },
  ];
  return (
    <TableRegion label={t('catalogAdmin.decision.items')} minWidth={1000}>
      <Table<DecisionItem> rowKey="procedureId" size="small" columns={columns} dataSource={items} pagination={items.length > 50 ? { pageSize: 50 } : false} data-testid="decision-items-table" />
    </TableRegion>
  );
}

function IssuedDecision({ decision }: { decision: PublicationDecision }) {
  const { t } = useI18n();
  const labels = useCatalogLabels();
  return (
    <>
      <Card className="form-card">
        <Descriptions
          bordered
          size="small"
          column={{ xs: 1, md: 2 }}
          items={[
            { key: 'number', label: t('catalogAdmin.decision.number'), children: decision.number },
            { key: 'issuerLevel', label: t('catalogAdmin.decision.issuerLevel'), children: labels.issuerLevel(decision.issuerLevel) },
            { key: 'title', label: t('catalogAdmin.decision.title'), children: decision.title, span: 'filled' },
            { key: 'signedOn', label: t('catalogAdmin.decision.signedOn'), children: decision.signedOn ? formatDate(decision.signedOn) : '—' },
            { key: 'effectiveOn', label: t('catalogAdmin.decision.effectiveOn'), children: decision.effectiveOn ? formatDate(decision.effectiveOn) : '—' },
            { key: 'signer', label: t('catalogAdmin.decision.signer'), children: decision.signer ?? '—' },
            { key: 'issuer', label: t('catalogAdmin.decision.issuer'), children: decision.issuer ?? '—' },
            { key: 'legalBasisEffectiveOn', label: t('catalogAdmin.decision.legalBasisEffectiveOn'), children: decision.legalBasisEffectiveOn ? formatDate(decision.legalBasisEffectiveOn) : '—' },
            { key: 'issuedAt', label: t('catalogAdmin.decision.issuedAt'), children: decision.issuedAt ? formatDateTime(decision.issuedAt) : '—' },
          ]}
        />
        <h2 className="form-section-title" style={{ marginTop: 16 }}>{t('catalogAdmin.decision.timing')}</h2>
        <DecisionTiming timing={decision.timing} />
      </Card>
      {decision.legalBasis.length ? (
        <Card className="form-card">
          <h2 className="form-section-title">{t('catalog.section.legalBasis')}</h2>
          <ul>
            {decision.legalBasis.map((item, index) => (
              <li key={index}>{[item.number, item.title, item.issuedOn ? formatDate(item.issuedOn) : null].filter(Boolean).join(' – ')}</li>
            ))}
          </ul>
        </Card>
      ) : null}
      <Card className="form-card">
        <h2 className="form-section-title">{t('catalogAdmin.decision.itemsCount', { count: decision.items.length })}</h2>
        <ItemsTable items={decision.items} />
      </Card>
      {decision.serviceLists.length ? (
        <Card className="form-card">
          <h2 className="form-section-title">{t('catalogAdmin.decision.serviceLists')}</h2>
          <ul>
            {decision.serviceLists.map((list) => (
              <li key={list.id}>
                <Link to={generatePath(paths.admin.catalogServiceList, { id: list.id })}>{`${list.unitName} – ${labels.serviceListKind(list.kind)}`}</Link>
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
    </>
  );
}

function DraftDecision({ decision }: { decision?: PublicationDecision | undefined }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const can = useCan();
  const navigate = useNavigate();
  const [form] = Form.useForm<DecisionValues>();
  const { generalError, handleError, clearError } = useFormServerErrors(form);
  const create = useCreateDecision();
  const update = useUpdateDecision();
  const [dirty, setDirty] = useState(false);
  const [showCheck, setShowCheck] = useState(false);
  const [issuing, setIssuing] = useState(false);
  const check = useDecisionCheck(decision?.id ?? '', Boolean(decision) && showCheck);

  const submit = (values: DecisionValues) => {
    clearError();
    const body = valuesToDecisionBody(values);
    const onSuccess = (saved: PublicationDecision) => {
      setDirty(false);
      void message.success(t('catalogAdmin.decision.saved'));
      if (!decision) void navigate(generatePath(paths.admin.catalogDecision, { id: saved.id }), { replace: true });
    };
    if (decision) update.mutate({ id: decision.id, body }, { onSuccess, onError: handleError });
    else create.mutate(body, { onSuccess, onError: handleError });
  };

  return (
    <Form<DecisionValues>
      form={form}
      layout="vertical"
      name="decision"
      initialValues={decision ? decisionToValues(decision) : emptyDecisionValues}
      onFinish={submit}
      onValuesChange={() => setDirty(true)}
      scrollToFirstError
      data-testid="decision-form"
    >
      {generalError ? <ErrorAlert error={generalError} /> : null}
      <DecisionFormFields form={form} decision={decision} />
      <Card className="form-card form-actions-card">
        <Flex justify="end" gap={8} wrap>
          {decision ? (
            <Button icon={<CheckCircleOutlined aria-hidden />} onClick={() => (showCheck ? void check.refetch() : setShowCheck(true))} loading={check.isFetching} data-testid="decision-check-button">
              {t('catalogAdmin.decision.check')}
            </Button>
          ) : null}
          {decision && can('catalog.publish') ? (
            <Button icon={<SafetyCertificateOutlined aria-hidden />} disabled={dirty} title={dirty ? t('catalogAdmin.decision.saveFirst') : undefined} onClick={() => setIssuing(true)} data-testid="decision-issue">
              {t('catalogAdmin.decision.issue')}
            </Button>
          ) : null}
          <Button type="primary" htmlType="submit" loading={create.isPending || update.isPending} data-testid="decision-save">
            {decision ? t('common.save') : t('catalogAdmin.decision.createSubmit')}
          </Button>
        </Flex>
        {dirty && decision ? <p className="muted-text" style={{ margin: '8px 0 0', textAlign: 'end' }}>{t('catalogAdmin.decision.saveFirst')}</p> : null}
      </Card>
      {showCheck && decision ? (
        <Card className="form-card">
          <h2 className="form-section-title">{t('catalogAdmin.decision.checkTitle')}</h2>
          {check.isError ? <ErrorAlert error={check.error} /> : null}
          {check.isPending ? <Skeleton active /> : null}
          {check.data ? <DecisionCheckPanel check={check.data} /> : null}
        </Card>
      ) : null}
      {issuing && decision ? <IssueDecisionModal decision={decision} onClose={() => setIssuing(false)} /> : null}
    </Form>
  );
}

/** A publication decision: a draft to edit, check and issue, or an issued one with its items' publication record. */
export function DecisionPage() {
  const { t } = useI18n();
  const { id } = useParams();
  const decision = useDecision(id);
  const title = id ? (decision.data ? t('catalogAdmin.decision.heading', { number: decision.data.number }) : t('catalogAdmin.decisions.pageTitle')) : t('catalogAdmin.decision.createTitle');
  usePageTitle(title, 'admin');
  const back = (
    <ButtonLink icon={<ArrowLeftOutlined aria-hidden />} to={paths.admin.catalogDecisions}>
      {t('catalogAdmin.decision.back')}
    </ButtonLink>
  );

  if (id && decision.isPending) return <Skeleton active paragraph={{ rows: 10 }} />;
  if (id && !decision.data) return <ErrorAlert error={decision.error} title={t('errors.loadFailed')} onRetry={() => void decision.refetch()} />;

  return (
    <div data-testid="decision-page">
      <PageHeader
        title={title}
        description={decision.data ? <Flex gap={8} wrap component="span"><DecisionStatusTag status={decision.data.status} />{decision.data.title}</Flex> : t('catalogAdmin.decision.createLead')}
        extra={back}
      />
      {decision.data?.status === 'issued' ? <IssuedDecision decision={decision.data} /> : <DraftDecision key={decision.data?.id ?? 'new'} decision={decision.data} />}
    </div>
  );
}
