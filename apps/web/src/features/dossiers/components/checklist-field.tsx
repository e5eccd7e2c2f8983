import { DOCUMENT_COUNT_MAX } from '@motcua/shared';
import { Checkbox, Form, InputNumber, Tag } from 'antd';
import { useI18n } from '@/i18n';
import type { ChecklistRow } from '../lib/receive-form';
import { ScanUpload } from './scan-upload';

/**
 * The completeness checklist of the chosen variant: tick what the applicant brought (Space on the
 * focused box), adjust originals and copies, attach a scan if there is one.
 */
export function ChecklistField({ autoFocusFirst }: { autoFocusFirst: boolean }) {
  const { t } = useI18n();
  const form = Form.useFormInstance();
  return (
    <Form.Item noStyle shouldUpdate={(before: { documents?: unknown }, after: { documents?: unknown }) => before.documents !== after.documents}>
      {() => <Rows autoFocusFirst={autoFocusFirst} rows={(form.getFieldValue('documents') ?? []) as ChecklistRow[]} />}
    </Form.Item>
  );
}

function Rows({ autoFocusFirst, rows }: { autoFocusFirst: boolean; rows: ChecklistRow[] }) {
  const { t } = useI18n();
  const form = Form.useFormInstance();
  return (
    <Form.List name="documents">
      {(fields) => (
        <table className="desk-checklist" data-testid="desk-checklist">
          <caption className="sr-only">{t('dossiers.desk.checklist')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('dossiers.desk.document')}</th>
              <th scope="col">{t('dossiers.field.originals')}</th>
              <th scope="col">{t('dossiers.field.copies')}</th>
              <th scope="col">{t('dossiers.desk.scanColumn')}</th>
            </tr>
          </thead>
          <tbody>
            {fields.map((field, index) => {
              const row = rows[index];
              if (!row) return null;
              return (
                <tr key={field.key} className={row.received ? 'is-received' : undefined} data-testid="desk-doc-row">
                  <td>
                    <Form.Item name={[field.name, 'received']} valuePropName="checked" style={{ margin: 0 }}>
                      <Checkbox autoFocus={autoFocusFirst && index === 0} data-testid="desk-doc-check">
                        {row.name}
                      </Checkbox>
                    </Form.Item>
                    {row.required ? (
                      <Tag className="desk-required" color="#b3261e">
                        {row.condition ? t('dossiers.desk.requiredIf') : t('dossiers.desk.required')}
                      </Tag>
                    ) : null}
                    {row.condition ? <div className="muted-text">{row.condition}</div> : null}
                  </td>
                  <td>
                    <Form.Item name={[field.name, 'originals']} style={{ margin: 0 }}>
                      <InputNumber min={0} max={DOCUMENT_COUNT_MAX} size="small" aria-label={t('dossiers.desk.originalsOf', { name: row.name })} style={{ width: 64 }} />
                    </Form.Item>
                  </td>
                  <td>
                    <Form.Item name={[field.name, 'copies']} style={{ margin: 0 }}>
                      <InputNumber min={0} max={DOCUMENT_COUNT_MAX} size="small" aria-label={t('dossiers.desk.copiesOf', { name: row.name })} style={{ width: 64 }} />
                    </Form.Item>
                  </td>
                  <td>
                    <ScanUpload
                      documentName={row.name}
                      fileName={row.fileName}
                      onUploaded={(file) => {
                        form.setFieldValue(['documents', field.name, 'fileId'], file.id);
                        form.setFieldValue(['documents', field.name, 'fileName'], file.name);
                        form.setFieldValue(['documents', field.name, 'received'], true);
                      }}
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </Form.List>
  );
}
