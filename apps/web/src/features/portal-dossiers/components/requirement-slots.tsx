import type { ProcedureVariant } from '@motcua/shared';
import { useI18n } from '@/i18n';
import { UploadSlot, type SlotFile, type StoredDocumentPickerSlot } from './upload-slot';

type Requirement = ProcedureVariant['documents'][number];

function hintOf(doc: Requirement, t: ReturnType<typeof useI18n>['t']): string {
  const parts = [];
  if (doc.originals > 0) parts.push(t('portalDossiers.upload.originals', { count: doc.originals }));
  if (doc.copies > 0) parts.push(t('portalDossiers.upload.copies', { count: doc.copies }));
  if (doc.condition) parts.push(doc.condition);
  return parts.join(' · ');
}

interface RequirementSlotsProps {
  variantKey: string;
  requirements: Requirement[];
  files: Record<number, SlotFile>;
  onChange: (position: number, file: SlotFile | null) => void;
  errorsOf: (position: number) => string[];
  storedPicker?: StoredDocumentPickerSlot | undefined;
  disabled: boolean;
}

/** "Thành phần hồ sơ": one upload slot per document requirement of the variant; unconditional required ones marked. */
export function RequirementSlots({ variantKey, requirements, files, onChange, errorsOf, storedPicker, disabled }: RequirementSlotsProps) {
  const { t } = useI18n();
  return (
    <section className="apply-section" aria-labelledby="apply-documents-heading">
      <h2 id="apply-documents-heading" className="section-heading">{t('portalDossiers.apply.documentsHeading')}</h2>
      {requirements.length === 0 ? <p>{t('portalDossiers.apply.noDocuments')}</p> : null}
      <div className="upload-slots">
        {requirements.map((r) => (
          <UploadSlot
            key={`${variantKey}-${r.position}`}
            slotId={`apply-slot-${r.position}`}
            title={r.name}
            required={r.required && !r.condition}
            hint={hintOf(r, t)}
            value={files[r.position] ?? null}
            onChange={(file) => onChange(r.position, file)}
            serverErrors={errorsOf(r.position)}
            storedPicker={storedPicker}
            disabled={disabled}
          />
        ))}
      </div>
    </section>
  );
}
