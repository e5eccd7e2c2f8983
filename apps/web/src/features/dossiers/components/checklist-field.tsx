import { DOCUMENT_COUNT_MAX } from '@motcua/shared';
import { Checkbox, Form, InputNumber, Tag } from 'antd';
import type { ReactNode } from 'react';
import { DocumentName } from '@/components/case-questions';
import { useI18n } from '@/i18n';
import type { RequirementEntry } from '@/lib/requirement-view';
import { checklistView, type ChecklistRow, type IntakeDocument, type IntakeVariant, type ReceiveFormValues } from '../lib/receive-form';
import { ScanUpload } from './scan-upload';

/**
 * The completeness checklist of the chosen variant for the channel and the answered cases: tick what the applicant
 * handed over (Space on the focused box), adjust originals and copies, attach a scan if there is one. Documents to
 * present are listed apart; notes are guidance, not boxes.
 */
export function ChecklistField({ autoFocusFirst, variant }: { autoFocusFirst: boolean; variant: IntakeVariant }) {
  const form = Form.useFormInstance<ReceiveFormValues>();
  const channel = (Form.useWatch('channel', form) ?? 'in_person') as ReceiveFormValues['channel'];
  const cases = Form.useWatch('cases', form) as ReceiveFormValues['cases'];
  // The checklist rows are not a field of their own (only their cells are): watch them with `preserve`.
  const rows = (Form.useWatch('documents', { form, preserve: true }) ?? []) as ChecklistRow[];
  const view = checklistView(variant, channel, cases);
  const { t } = useI18n();
  return (
    <div data-testid="desk-checklist">
      <Section entries={view.submit} rows={rows} autoFocusFirst={autoFocusFirst} caption={t('dossiers.desk.checklist')} />
      {view.present.length > 0 ? (
        <>
          <h3 className="requirement-section-heading" id="desk-present-heading">{t('requirements.present')}</h3>
          <Section entries={view.present} rows={rows} autoFocusFirst={false} caption={t('requirements.present')} testId="desk-present" />
        </>
      ) : null}
    </div>
  );
}

interface SectionProps {
  entries: RequirementEntry<IntakeDocument>[];
  rows: ChecklistRow[];
  autoFocusFirst: boolean;
  caption: string;
  testId?: string;
}

function Section({ entries, rows, autoFocusFirst, caption, testId }: SectionProps) {
  const { t } = useI18n();
  const notes = entries.flatMap((e) => (e.type === 'note' ? [e.line] : []));
  const indexOf = (position: number) => rows.findIndex((row) => row.requirement === position);
  let first = autoFocusFirst;
  const line = (document: IntakeDocument, tag: ReactNode) => {
    const index = indexOf(document.position);
    const focus = first;
    first = false;
    return index < 0 ? null : <Line key={document.position} index={index} row={rows[index]!} tag={tag} autoFocus={focus} />;
  };
  return (
    <>
      <table className="desk-checklist" data-testid={testId}>
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('dossiers.desk.document')}</th>
            <th scope="col">{t('dossiers.field.originals')}</th>
            <th scope="col">{t('dossiers.field.copies')}</th>
            <th scope="col">{t('dossiers.desk.scanColumn')}</th>
          </tr>
        </thead>
        {entries.map((entry) => {
          if (entry.type === 'note') return null;
          if (entry.type === 'oneOf') {
            return (
              <tbody key={`group-${entry.lines[0]!.position}`} className="desk-one-of" data-testid="desk-one-of">
                <tr>
                  <th colSpan={4} scope="rowgroup" className="desk-one-of-heading">{t('requirements.oneOf')}</th>
                </tr>
                {entry.lines.map((document) => line(document, null))}
              </tbody>
            );
          }
          const tag = entry.status === 'optional'
            ? <Tag className="desk-optional">{t('requirements.optional')}</Tag>
            : <Tag className="desk-required" color="#b3261e">{entry.status === 'caseRequired' ? t('requirements.caseRequired', { question: entry.caseQuestion ?? '' }) : t('requirements.required')}</Tag>;
          return <tbody key={entry.line.position}>{line(entry.line, tag)}</tbody>;
        })}
      </table>
      {notes.length > 0 ? (
        <details className="desk-notes" data-testid="desk-notes">
          <summary>{t('requirements.note')} ({notes.length})</summary>
          {notes.map((note) => <p key={note.position} className="requirement-note">{note.name}</p>)}
        </details>
      ) : null}
    </>
  );
}

function Line({ index, row, tag, autoFocus }: { index: number; row: ChecklistRow; tag: ReactNode; autoFocus: boolean }) {
  const { t } = useI18n();
  const form = Form.useFormInstance();
  return (
    <tr className={row.received ? 'is-received' : undefined} data-testid="desk-doc-row" data-position={row.requirement ?? undefined}>
      <td className="desk-doc-cell">
        <Form.Item name={['documents', index, 'received']} valuePropName="checked" style={{ margin: 0 }}>
          <Checkbox autoFocus={autoFocus} data-testid="desk-doc-check">
            <DocumentName name={row.name} />
          </Checkbox>
        </Form.Item>
        {tag}
      </td>
      <td>
        <Form.Item name={['documents', index, 'originals']} style={{ margin: 0 }}>
          <InputNumber min={0} max={DOCUMENT_COUNT_MAX} size="small" aria-label={t('dossiers.desk.originalsOf', { name: row.name })} style={{ width: 64 }} />
        </Form.Item>
      </td>
      <td>
        <Form.Item name={['documents', index, 'copies']} style={{ margin: 0 }}>
          <InputNumber min={0} max={DOCUMENT_COUNT_MAX} size="small" aria-label={t('dossiers.desk.copiesOf', { name: row.name })} style={{ width: 64 }} />
        </Form.Item>
      </td>
      <td>
        <ScanUpload
          documentName={row.name}
          fileName={row.fileName}
          onUploaded={(file) => {
            form.setFieldValue(['documents', index, 'fileId'], file.id);
            form.setFieldValue(['documents', index, 'fileName'], file.name);
            form.setFieldValue(['documents', index, 'received'], true);
          }}
        />
      </td>
    </tr>
  );
}
