import { PlusOutlined } from '@ant-design/icons';
import { serviceListKinds, serviceListStatuses, type ServiceList, type ServiceListKind, type ServiceListStatus } from '@motcua/shared';
import { App, Button, Card, Flex, Form, Modal, Select, Table, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { generatePath, Link, useNavigate, useSearchParams } from 'react-router';
import { ErrorAlert } from '@/components/error-alert';
import { PageHeader } from '@/components/page-header';
import { TableRegion } from '@/components/table-region';
import { paths } from '@/config/paths';
import { useCatalogLabels } from '@/features/catalog';
import { OrgUnitTreeSelect } from '@/features/org-units';
import { useFormServerErrors } from '@/hooks/use-form-server-errors';
import { usePageTitle } from '@/hooks/use-page-title';
import { useI18n } from '@/i18n';
import { formatDateTime } from '@/lib/dates';
import { useCreateServiceList } from '../api/create-service-list';
import { useServiceLists } from '../api/get-service-lists';
import { ServiceListStatusTag } from '../components/service-list-status-tag';

function CreateServiceListModal({ onClose }: { onClose: () => void }) {
  const { t } = useI18n();
  const labels = useCatalogLabels();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<{ unitId: string; kind: ServiceListKind }>();
  const { generalError, handleError, clearError } = useFormServerErrors(form);
  const create = useCreateServiceList();
  return (
    <Modal
      open
      title={t('catalogAdmin.serviceLists.createTitle')}
      okText={t('catalogAdmin.serviceLists.createSubmit')}
      cancelText={t('common.cancel')}
      confirmLoading={create.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      {generalError ? <ErrorAlert error={generalError} /> : null}
      <Form
        form={form}
        layout="vertical"
        name="create-service-list"
        onFinish={(values) => {
          clearError();
          create.mutate(
            { ...values, items: [] },
            {
              onSuccess: (list) => {
                void message.success(t('catalogAdmin.serviceLists.created'));
                void navigate(generatePath(paths.admin.catalogServiceList, { id: list.id }));
              },
              onError: handleError,
            },
          );
        }}
      >
        <Form.Item name="unitId" label={t('catalogAdmin.serviceLists.desk')} extra={t('catalogAdmin.serviceLists.deskHelp')} rules={[{ required: true, message: t('common.requiredSelect', { field: t('catalogAdmin.serviceLists.desk') }) }]}>
          <OrgUnitTreeSelect style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="kind" label={t('catalogAdmin.serviceLists.kind')} rules={[{ required: true, message: t('common.requiredSelect', { field: t('catalogAdmin.serviceLists.kind') }) }]}>
          <Select options={serviceListKinds.map((kind) => ({ value: kind, label: labels.serviceListKind(kind) }))} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** The published lists of each one-stop desk (received at the desk, not received, inter-agency, on the spot, online). */
export function ServiceListsPage() {
  const { t } = useI18n();
  usePageTitle(t('catalogAdmin.serviceLists.pageTitle'), 'admin');
  const labels = useCatalogLabels();
  const [searchParams, setSearchParams] = useSearchParams();
  const unitId = searchParams.get('unitId') ?? undefined;
  const kind = serviceListKinds.find((value) => value === searchParams.get('kind'));
  const status = serviceListStatuses.find((value) => value === searchParams.get('status'));
  const lists = useServiceLists({ unitId, kind, status });
  const [creating, setCreating] = useState(false);

  const update = (next: { unitId?: string | undefined; kind?: ServiceListKind | undefined; status?: ServiceListStatus | undefined }) => {
    const merged = { unitId, kind, status, ...next };
    const params = new URLSearchParams();
    for (const [name, value] of Object.entries(merged)) if (value) params.set(name, value);
    setSearchParams(params);
  };

  const columns: TableColumnsType<ServiceList> = [
    {
      title: t('catalogAdmin.serviceLists.desk'),
      key: 'unit',
      render: (_, list) => (
        <Link to={generatePath(paths.admin.catalogServiceList, { id: list.id })} data-testid="service-list-link">
          {list.unit.name}
        </Link>
      ),
    },
    { title: t('catalogAdmin.serviceLists.kind'), key: 'kind', width: 300, render: (_, list) => labels.serviceListKind(list.kind) },
    { title: t('common.status'), dataIndex: 'status', width: 150, render: (value: ServiceListStatus) => <ServiceListStatusTag status={value} /> },
    { title: t('catalogAdmin.serviceLists.items'), dataIndex: 'itemCount', width: 100, align: 'center' },
    {
      title: t('catalog.field.decision'),
      key: 'decision',
      width: 200,
      render: (_, list) =>
        list.decision ? (
          <>
            <Link to={generatePath(paths.admin.catalogDecision, { id: list.decision.id })}>{list.decision.number}</Link>
            {list.publishedAt ? <div className="muted-text">{formatDateTime(list.publishedAt)}</div> : null}
          </>
        ) : (
          '—'
        ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('catalogAdmin.serviceLists.heading')}
        description={t('catalogAdmin.serviceLists.lead')}
        extra={
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)} data-testid="service-list-create">
            {t('catalogAdmin.serviceLists.create')}
          </Button>
        }
      />
      {lists.isError ? <ErrorAlert error={lists.error} title={t('errors.loadFailed')} onRetry={() => void lists.refetch()} /> : null}
      <Card>
        <Flex gap={12} wrap style={{ marginBottom: 16 }}>
          <OrgUnitTreeSelect
            allowClear
            aria-label={t('catalogAdmin.serviceLists.filterDesk')}
            placeholder={t('catalogAdmin.serviceLists.filterDesk')}
            value={unitId}
            onChange={(value) => update({ unitId: value ?? undefined })}
            style={{ minWidth: 300 }}
          />
          <Select<ServiceListKind>
            allowClear
            aria-label={t('catalogAdmin.serviceLists.filterKind')}
            placeholder={t('catalogAdmin.serviceLists.filterKind')}
            value={kind}
            options={serviceListKinds.map((value) => ({ value, label: labels.serviceListKind(value) }))}
            onChange={(value) => update({ kind: value ?? undefined })}
            popupMatchSelectWidth={false}
            style={{ minWidth: 260 }}
          />
          <Select<ServiceListStatus>
            allowClear
            aria-label={t('catalogAdmin.serviceLists.filterStatus')}
            placeholder={t('catalogAdmin.serviceLists.filterStatus')}
            value={status}
            options={serviceListStatuses.map((value) => ({ value, label: t(`catalogAdmin.serviceList.status.${value}`) }))}
            onChange={(value) => update({ status: value ?? undefined })}
            style={{ minWidth: 180 }}
          />
        </Flex>
        <TableRegion label={t('catalogAdmin.serviceLists.heading')} minWidth={980}>
          <Table<ServiceList>
            rowKey="id"
            columns={columns}
            dataSource={lists.data ?? []}
            loading={lists.isFetching}
            pagination={{ pageSize: 50, showTotal: (total) => t('common.total', { total }) }}
            locale={{ emptyText: t('catalogAdmin.serviceLists.empty') }}
            data-testid="service-lists-table"
          />
        </TableRegion>
      </Card>
      {creating ? <CreateServiceListModal onClose={() => setCreating(false)} /> : null}
    </>
  );
}
