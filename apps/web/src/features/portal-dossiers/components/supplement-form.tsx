import { SendOutlined } from '@ant-design/icons';
import { LONG_TEXT_MAX } from '@motcua/shared';
import { Alert, App, Button } from 'antd';
import { useRef, useState } from 'react';
import { ErrorAlert } from '@/components/error-alert';
import { useI18n } from '@/i18n';
import { isApiError } from '@/lib/api-client';
import { useSubmitSupplement, type PortalDossier } from '../api/dossiers';
import { UploadSlot, type SlotFile, type StoredDocumentPickerSlot } from './upload-slot';

interface Slot {
  key: string;
  title: string;
  requirement: number | null;
  required: boolean;
}

const normalise = (text: string) => text.trim().toLocaleLowerCase('vi');

/**
 * One slot per item the desk asked for: an item naming a document requirement answers that requirement, anything
 * else goes in as a named paper. When the desk listed no items, every requirement gets an optional slot.
 */
export function supplementSlots(dossier: PortalDossier): Slot[] {
  const items = dossier.supplementRequest?.items ?? [];
  if (items.length === 0) return dossier.requirements.map((r) => ({ key: `r${r.position}`, title: r.name, requirement: r.position, required: false }));
  return items.map((item, i) => {
    const match = dossier.requirements.find((r) => normalise(r.name) === normalise(item));
    return { key: `i${i}`, title: item, requirement: match ? match.position : null, required: true };
  });
}

/** "Gửi bổ sung": uploads for what the desk asked, sent at once; the dossier goes back to the desk or resumes. */
export function SupplementForm({ dossier, storedPicker }: { dossier: PortalDossier; storedPicker?: StoredDocumentPickerSlot | undefined }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const slots = supplementSlots(dossier);
  const [files, setFiles] = useState<Record<string, SlotFile>>({});
  const [slotErrors, setSlotErrors] = useState<Record<string, string[]>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const send = useSubmitSupplement();

  const onSend = () => {
    setProblem(null);
    setSlotErrors({});
    const absent = slots.filter((s) => s.required && !files[s.key]);
    const chosen = slots.filter((s) => files[s.key]);
    if (absent.length > 0 || chosen.length === 0) {
      setSlotErrors(Object.fromEntries(absent.map((s) => [s.key, [t('portalDossiers.upload.missing')]])));
      setProblem(chosen.length === 0 && absent.length === 0 ? t('portalDossiers.supplement.nothing') : t('portalDossiers.apply.problemDocuments', { count: absent.length }));
      requestAnimationFrame(() => summaryRef.current?.focus());
      return;
    }
    const documents = chosen.map((s) => ({ requirement: s.requirement, ...(s.requirement === null ? { name: s.title.slice(0, LONG_TEXT_MAX) } : {}), fileId: files[s.key]!.fileId }));
    send.mutate(
      { id: dossier.id, body: { expectedVersion: dossier.version, documents } },
      {
        onSuccess: () => void message.success(t('portalDossiers.supplement.sent')),
        onError: (error) => {
          const bySlot: Record<string, string[]> = {};
          for (const e of isApiError(error) ? error.errors : []) {
            const index = /^body\.documents\.(\d+)\./.exec(e.path)?.[1];
            const slot = index !== undefined ? chosen[Number(index)] : undefined;
            if (slot) bySlot[slot.key] = [...(bySlot[slot.key] ?? []), e.message];
          }
          setSlotErrors(bySlot);
          requestAnimationFrame(() => summaryRef.current?.focus());
        },
      },
    );
  };

  return (
    <div className="supplement-form" data-testid="supplement-form">
      <div ref={summaryRef} tabIndex={-1} aria-live="polite">
        {problem ? <Alert type="error" showIcon title={problem} className="supplement-problem" data-testid="supplement-problem" /> : null}
        {send.isError ? <ErrorAlert error={send.error} /> : null}
      </div>
      <div className="upload-slots">
        {slots.map((slot) => (
          <UploadSlot
            key={slot.key}
            slotId={`supplement-slot-${slot.key}`}
            title={slot.title}
            required={slot.required}
            value={files[slot.key] ?? null}
            onChange={(file) => {
              setFiles((current) => {
                const next = { ...current };
                if (file) next[slot.key] = file;
                else delete next[slot.key];
                return next;
              });
              setSlotErrors((current) => ({ ...current, [slot.key]: [] }));
            }}
            serverErrors={slotErrors[slot.key] ?? []}
            storedPicker={storedPicker}
            disabled={send.isPending}
          />
        ))}
      </div>
      <Button type="primary" size="large" icon={<SendOutlined aria-hidden />} onClick={onSend} loading={send.isPending} data-testid="supplement-submit">
        {t('portalDossiers.supplement.submit')}
      </Button>
    </div>
  );
}
