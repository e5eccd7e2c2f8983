import { PlusOutlined } from '@ant-design/icons';
import type { AdminProcedureDetail, ProcedureVariant } from '@motcua/shared';
import { App, Button, Card, Flex, Popconfirm, Table, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { TableRegion } from '@/components/table-region';
import { useCatalogLabels } from '@/features/catalog';
import { useErrorMessage } from '@/hooks/use-error-message';
import { useI18n } from '@/i18n';
import { useDeleteVariant } from '../api/delete-variant';
import { VariantEditor } from './variant-editor';

type Editing = { kind: 'new' } | { kind: 'edit'; variant: ProcedureVariant } | null;

/** The variants (trường hợp) of the working version; each change is a new version. */
export function VariantList({ procedure }: { procedure: AdminProcedureDetail }) {
  const { t } = useI18n();
  const labels = useCatalogLabels();
  const { message } = App.useApp();
  const describe = useErrorMessage();
  const [editing, setEditing] = useState<Editing>(null);
  const remove = useDeleteVariant();

  const columns: TableColumnsType<ProcedureVariant> = [
    { title: t('catalogAdmin.variant.name'), dataIndex: 'name', render: (name: string) => <strong>{name}</strong> },
    { title: t('catalog.field.timeLimit'), key: 'timeLimit', width: 170, render: (_, variant) => labels.timeLimit(variant.timeLimit) ?? t('catalog.detail.timeLimitByChannel') },
    { title: t('catalog.variant.channels'), key: 'channels', width: 200, render: (_, variant) => variant.channels.map((offer) => labels.channel(offer.channel)).join(', ') || '—' },
    { title: t('catalog.variant.documents'), key: 'documents', width: 110, align: 'center', render: (_, variant) => variant.documents.length },
    { title: t('catalog.variant.fees'), key: 'fees', width: 110, align: 'center', render: (_, variant) => variant.fees.length },
    { title: t('catalog.variant.eForm'), key: 'eForm', width: 120, render: (_, variant) => (variant.eForm ? t('common.yes') : t('common.no')) },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 150,
      render: (_, variant) => (
        <Flex gap={4} wrap role="group" aria-label={t('catalogAdmin.variant.actionsFor', { name: variant.name })}>
          <Button size="small" type="link" onClick={() => setEditing({ kind: 'edit', variant })} data-testid="variant-edit">
            {t('common.edit')}
          </Button>
          <Popconfirm
            title={t('catalogAdmin.variant.deleteConfirm', { name: variant.name })}
            okText={t('catalogAdmin.variant.delete')}
            cancelText={t('common.cancel')}
            okButtonProps={{ danger: true, loading: remove.isPending }}
            onConfirm={() =>
              remove.mutateAsync({ id: procedure.id, key: variant.key, baseVersion: procedure.latestVersionNumber }).then(
                () => void message.success(t('catalogAdmin.variant.deleted')),
                (error: unknown) => void message.error(describe(error)),
              )
            }
          >
            <Button size="small" type="link" danger>
              {t('catalogAdmin.variant.delete')}
            </Button>
          </Popconfirm>
        </Flex>
      ),
    },
  ];

  return (
    <Card>
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 12 }}>
        <h2 className="form-section-title" style={{ margin: 0 }}>
          {t('catalogAdmin.variant.listTitle', { total: procedure.variants.length })}
        </h2>
        <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setEditing({ kind: 'new' })} data-testid="variant-create">
          {t('catalogAdmin.variant.create')}
        </Button>
      </Flex>
      <TableRegion label={t('catalogAdmin.variant.listLabel')} minWidth={900}>
        <Table<ProcedureVariant>
          rowKey="key"
          columns={columns}
          dataSource={procedure.variants}
          pagination={false}
          locale={{ emptyText: t('catalogAdmin.variant.empty') }}
          data-testid="variants-table"
        />
      </TableRegion>
      {editing ? <VariantEditor procedure={procedure} variant={editing.kind === 'edit' ? editing.variant : undefined} onClose={() => setEditing(null)} /> : null}
    </Card>
  );
}
