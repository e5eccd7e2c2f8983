import type { CaseAnswers, ProcedureVariant } from '@motcua/shared';
import { useI18n } from '@/i18n';
import { requirementView, type RequirementEntry } from '@/lib/requirement-view';
import { UploadSlot, type SlotFile, type StoredDocumentPickerSlot } from './upload-slot';

type Requirement = ProcedureVariant['documents'][number];

function hintOf(doc: Requirement, t: ReturnType<typeof useI18n>['t']): string {
  const parts = [];
  if (doc.originals > 0) parts.push(t('portalDossiers.upload.originals', { count: doc.originals }));
  if (doc.copies > 0) parts.push(t('portalDossiers.upload.copies', { count: doc.copies }));
  if (doc.condition && doc.kind !== 'conditional') parts.push(doc.condition);
  return parts.join(' · ');
}

interface RequirementSlotsProps {
  variantKey: string;
  requirements: Requirement[];
  cases: CaseAnswers;
  files: Record<number, SlotFile>;
  onChange: (position: number, file: SlotFile | null) => void;
  errorsOf: (position: number) => string[];
  storedPicker?: StoredDocumentPickerSlot | undefined;
  disabled: boolean;
}

/**
 * "Thành phần hồ sơ": an upload slot for each document asked online with the answers given — required ones and
 * those of the cases answered yes marked, each group of alternatives as one "một trong" group, optional ones —
 * and the notes as text. Documents to present come last, under their own heading.
 */
export function RequirementSlots({ variantKey, requirements, cases, files, onChange, errorsOf, storedPicker, disabled }: RequirementSlotsProps) {
  const { t } = useI18n();
  const view = requirementView(requirements, 'online', cases);
  const slot = (r: Requirement, required: boolean, label?: string) => (
    <UploadSlot
      key={`${variantKey}-${r.position}`}
      slotId={`apply-slot-${r.position}`}
      title={r.name}
      required={required}
      requirementLabel={label}
      hint={hintOf(r, t)}
      value={files[r.position] ?? null}
      onChange={(file) => onChange(r.position, file)}
      serverErrors={errorsOf(r.position)}
      storedPicker={storedPicker}
      disabled={disabled}
    />
  );
  const entry = (e: RequirementEntry<Requirement>) => {
    if (e.type === 'note') return null;
    if (e.type === 'oneOf') {
      return (
        <fieldset key={`group-${e.lines[0]!.position}`} className="requirement-one-of" data-testid="apply-one-of">
          <legend>{t('requirements.oneOfRequired')}</legend>
          <div className="upload-slots">{e.lines.map((r) => slot(r, false, t('requirements.oneOf')))}</div>
        </fieldset>
      );
    }
    if (e.status === 'caseRequired') return slot(e.line, true, t('requirements.caseRequired', { question: e.caseQuestion ?? '' }));
    return slot(e.line, e.status === 'required');
  };
  const notes = [...view.submit, ...view.present].flatMap((e) => (e.type === 'note' ? [e.line] : []));
  const empty = view.submit.length + view.present.length === notes.length;
  return (
    <section className="apply-section" aria-labelledby="apply-documents-heading">
      <h2 id="apply-documents-heading" className="section-heading">{t('portalDossiers.apply.documentsHeading')}</h2>
      {empty ? <p>{t('portalDossiers.apply.noDocuments')}</p> : null}
      {notes.length > 0 ? (
        <details className="apply-notes" data-testid="apply-notes">
          <summary>{t('requirements.note')} ({notes.length})</summary>
          {notes.map((note) => <p key={note.position} className="requirement-note" lang="vi">{note.name}</p>)}
        </details>
      ) : null}
      <div className="upload-slots">{view.submit.map(entry)}</div>
      {view.present.length > 0 ? (
        <>
          <h3 className="requirement-section-heading">{t('requirements.presentOnline')}</h3>
          <div className="upload-slots">{view.present.map(entry)}</div>
        </>
      ) : null}
    </section>
  );
}
