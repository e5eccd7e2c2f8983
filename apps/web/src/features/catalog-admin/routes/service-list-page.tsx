import { ArrowLeftOutlined, CopyOutlined } from '@ant-design/icons';
import type { ServiceList } from '@motcua/shared';
import { App, Button, Card, Col, Flex, Form, Input, Row, Skeleton, Table, type TableColumnsType } from 'antd';
import { generatePath, Link, useNavigate, useParams } from 'react-router';
import { ButtonLink } from '@/components/button-link';
import { ErrorAlert } from '@/components/error-alert';
import { PageHeader } from '@/components/page-header';
import { TableRegion } from '@/components/table-region';
import { paths } from '@/config/paths';
import { OnlineLevelTag, useCatalogLabels } from '@/features/catalog';
import { OrgUnitTreeSelect } from '@/features/org-units';
import { useFormServerErrors } from '@/hooks/use-form-server-errors';
import { usePageTitle } from '@/hooks/use-page-title';
import { useI18n } from '@/i18n';
import { formatDateTime } from '@/lib/dates';
import { useCreateServiceList, type ServiceListItemInput } from '../api/create-service-list';
import { useServiceList } from '../api/get-service-list';
import { useReplaceServiceListItems } from '../api/replace-service-list-items';
import { AddRowButton, RemoveRowButton } from '../components/form-helpers';
import { ProcedurePicker } from '../components/procedure-picker';
import { ServiceListStatusTag } from '../components/service-list-status-tag';
import { textOrNull } from '../lib/procedure-form';

type ServiceListRow = ServiceList['items'][number];

const itemsOf = (list: ServiceList): ServiceListItemInput[] => list.items.map((item) => ({ procedureId: item.procedureId, agencyUnitId: item.agency?.unitId ?? null, note: item.note }));

function ItemsEditor({ list }: { list: ServiceList }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ items: Partial<ServiceListItemInput>[] }>();
  const { generalError, handleError, clearError } = useFormServerErrors(form);
  const save = useReplaceServiceListItems();
  const known = Object.fromEntries(list.items.map((item) => [item.procedureId, `${item.code} – ${item.name}`]));
  return (
    <Form
      form={form}
      layout="vertical"
      name="service-list-items"
      initialValues={{ items: itemsOf(list) }}
      onFinish={(values) => {
        clearError();
        const items = (values.items ?? []).map((item) => ({ procedureId: item.procedureId ?? '', agencyUnitId: item.agencyUnitId ?? null, note: textOrNull(item.note) }));
        save.mutate({ id: list.id, items }, { onSuccess: () => void message.success(t('catalogAdmin.serviceLists.saved')), onError: handleError });
      }}
    >
      {generalError ? <ErrorAlert error={generalError} /> : null}
      <Form.List name="items">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, index) => (
              <Row gutter={12} key={field.key} className="list-row" data-testid="service-list-item">
                <Col xs={24} lg={11}>
                  <Form.Item name={[field.name, 'procedureId']} label={t('catalogAdmin.serviceLists.itemProcedure', { index: index + 1 })} rules={[{ required: true, message: t('common.requiredSelect', { field: t('catalogAdmin.decision.procedure') }) }]}>
                    <ProcedurePicker known={known} />
                  </Form.Item>
                </Col>
                <Col xs={24} sm={12} lg={6}>
                  <Form.Item name={[field.name, 'agencyUnitId']} label={t('catalogAdmin.serviceLists.agency')} getValueProps={(value?: string | null) => ({ value: value ?? undefined })} normalize={(value?: string) => value ?? null}>
                    <OrgUnitTreeSelect allowClear style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
                <Col xs={20} sm={10} lg={5}>
                  <Form.Item name={[field.name, 'note']} label={t('catalog.fees.note')}>
                    <Input maxLength={1000} />
                  </Form.Item>
                </Col>
                <Col xs={4} sm={2} className="list-row-remove">
                  <RemoveRowButton onClick={() => remove(field.name)} label={t('catalogAdmin.serviceLists.removeItem', { index: index + 1 })} />
                </Col>
              </Row>
            ))}
            <AddRowButton onClick={() => add({ agencyUnitId: null, note: null })} testId="service-list-add-item">
              {t('catalogAdmin.serviceLists.addItem')}
            </AddRowButton>
          </>
        )}
      </Form.List>
      <Flex justify="end" style={{ marginTop: 16 }}>
        <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="service-list-save">
          {t('catalogAdmin.serviceLists.save')}
        </Button>
      </Flex>
    </Form>
  );
}

function ItemsTable({ list }: { list: ServiceList }) {
  const { t } = useI18n();
  const columns: TableColumnsType<ServiceListRow> = [
    { title: t('catalog.field.code'), dataIndex: 'code', width: 130, render: (code: string, item) => <Link to={generatePath(paths.admin.catalogProcedure, { id: item.procedureId })}>{code}</Link> },
    { title: t('catalog.field.name'), dataIndex: 'name' },
    { title: t('catalog.field.sector'), key: 'sector', width: 180, render: (_, item) => item.sector.name },
    { title: t('catalog.field.onlineLevel'), dataIndex: 'onlineLevel', width: 190, render: (_, item) => <OnlineLevelTag level={item.onlineLevel} /> },
    { title: t('catalogAdmin.serviceLists.agency'), key: 'agency', width: 220, render: (_, item) => item.agency?.name ?? '—' },
    { title: t('catalog.fees.note'), dataIndex: 'note', width: 160, render: (value: string | null) => value ?? '' },
  ];
  return (
    <TableRegion label={t('catalogAdmin.serviceLists.items')} minWidth={1100}>
      <Table<ServiceListRow> rowKey="procedureId" size="small" columns={columns} dataSource={list.items} pagination={{ pageSize: 50, showTotal: (total) => t('common.total', { total }) }} data-testid="service-list-items-table" />
    </TableRegion>
  );
}

export function ServiceListPage() {
  const { t } = useI18n();
  const labels = useCatalogLabels();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const list = useServiceList(id);
  const copy = useCreateServiceList();
  const title = list.data ? `${list.data.unit.name}` : t('catalogAdmin.serviceLists.pageTitle');
  usePageTitle(title, 'admin');
  if (list.isPending) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (!list.data) return <ErrorAlert error={list.error} title={t('errors.loadFailed')} onRetry={() => void list.refetch()} />;
  const data = list.data;

  const newDraft = () =>
    copy.mutate(
      { unitId: data.unit.id, kind: data.kind, items: itemsOf(data) },
      {
        onSuccess: (created) => {
          void message.success(t('catalogAdmin.serviceLists.copied'));
          void navigate(generatePath(paths.admin.catalogServiceList, { id: created.id }));
        },
        onError: (error) => void message.error(error instanceof Error ? error.message : t('errors.unknown')),
      },
    );

  return (
    <div data-testid="service-list-page">
      <PageHeader
        title={title}
        description={
          <Flex gap={8} wrap align="center" component="span">
            <span>{labels.serviceListKind(data.kind)}</span>
            <ServiceListStatusTag status={data.status} />
            {data.decision ? (
              <span>
                {t('catalogAdmin.serviceLists.publishedBy')} <Link to={generatePath(paths.admin.catalogDecision, { id: data.decision.id })}>{data.decision.number}</Link>
                {data.publishedAt ? ` · ${formatDateTime(data.publishedAt)}` : ''}
              </span>
            ) : null}
          </Flex>
        }
        extra={
          <>
            {data.status !== 'draft' ? (
              <Button icon={<CopyOutlined aria-hidden />} onClick={newDraft} loading={copy.isPending} data-testid="service-list-copy">
                {t('catalogAdmin.serviceLists.copy')}
              </Button>
            ) : null}
            <ButtonLink icon={<ArrowLeftOutlined aria-hidden />} to={paths.admin.catalogServiceLists}>
              {t('catalogAdmin.serviceLists.back')}
            </ButtonLink>
          </>
        }
      />
      <Card>
        <h2 className="form-section-title">{t('catalogAdmin.serviceLists.itemsTitle', { count: data.itemCount })}</h2>
        {data.status === 'draft' ? (
          <>
            <p className="muted-text">{t('catalogAdmin.serviceLists.draftHelp')}</p>
            <ItemsEditor key={data.itemCount} list={data} />
          </>
        ) : (
          <ItemsTable list={data} />
        )}
      </Card>
    </div>
  );
}
