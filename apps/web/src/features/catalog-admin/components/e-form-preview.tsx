import { Table, type TableColumnsType } from 'antd';
import { TableRegion } from '@/components/table-region';
import { useI18n } from '@/i18n';
import { eFormFields, type EFormField } from '../lib/e-form';

/**
 * The fields of an e-form as a table (the JSON Schema itself is in the text area). A rendered form
 * preview would need @rjsf, which is not installed.
 */
export function EFormPreview({ schema }: { schema: Record<string, unknown> }) {
  const { t } = useI18n();
  const fields = eFormFields(schema);
  const columns: TableColumnsType<EFormField> = [
    { title: t('catalogAdmin.eForm.fieldName'), dataIndex: 'name', width: 160, render: (name: string) => <code>{name}</code> },
    { title: t('catalogAdmin.eForm.fieldTitle'), dataIndex: 'title', render: (title: string | null, field) => (
      <>
        {title ?? '—'}
        {field.description ? <div className="muted-text">{field.description}</div> : null}
      </>
    ) },
    { title: t('catalogAdmin.eForm.fieldType'), dataIndex: 'type', width: 140 },
    { title: t('catalogAdmin.eForm.fieldRequired'), dataIndex: 'required', width: 100, render: (value: boolean) => (value ? t('common.yes') : t('common.no')) },
  ];
  return (
    <TableRegion label={t('catalogAdmin.eForm.previewTitle')} minWidth={520}>
      <Table<EFormField> rowKey="name" size="small" columns={columns} dataSource={fields} pagination={false} locale={{ emptyText: t('catalogAdmin.eForm.noFields') }} data-testid="eform-preview" />
    </TableRegion>
  );
}
