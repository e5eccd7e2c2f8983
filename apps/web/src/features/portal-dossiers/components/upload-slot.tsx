import { CheckCircleFilled, DeleteOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Progress } from 'antd';
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useApplicant, useAuthOptions } from '@/features/portal-account';
import { useErrorMessage } from '@/hooks/use-error-message';
import { useI18n } from '@/i18n';
import { formatFileSize } from '@/lib/format';
import { acceptedFileTypes, defaultUploadMaxBytes, uploadFile } from '../api/upload-file';

/** A file in a slot: uploaded now, saved in a draft, or picked from the personal document store. */
export interface SlotFile {
  fileId: string;
  name: string;
  size?: number;
}

/**
 * Renders "Chọn từ kho giấy tờ" for a slot (the personal document store's picker): it calls `onPick` with a file the
 * applicant owns. Left out, the slot offers only the upload.
 */
export type StoredDocumentPickerSlot = (props: { documentName: string; onPick: (file: SlotFile) => void; disabled: boolean }) => ReactNode;

interface UploadSlotProps {
  /** Unique on the page; the slot's testids derive from it. */
  slotId: string;
  title: string;
  required: boolean;
  /** Replaces the plain "required"/"optional" label, e.g. "Bắt buộc (do trường hợp: …)". */
  requirementLabel?: string | undefined;
  /** What to bring (originals, copies, the condition). */
  hint?: string | null;
  value: SlotFile | null;
  onChange: (file: SlotFile | null) => void;
  /** Messages from the server for this slot (missing, not found). */
  serverErrors?: string[];
  storedPicker?: StoredDocumentPickerSlot | undefined;
  disabled?: boolean;
}

const acceptedExtensions = /\.(pdf|jpe?g|png|tiff?|webp)$/i;

/** One document requirement: pick a PDF or an image, watch it upload, see what the server said about it. */
export function UploadSlot({ slotId, title, required, requirementLabel, hint, value, onChange, serverErrors = [], storedPicker, disabled }: UploadSlotProps) {
  const { t, locale } = useI18n();
  const describe = useErrorMessage();
  const applicant = useApplicant();
  const inputId = useId();
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const aborter = useRef<AbortController | null>(null);
  useEffect(() => () => aborter.current?.abort(), []);

  const uploadMaxBytes = useAuthOptions().data?.uploadMaxBytes ?? defaultUploadMaxBytes;
  const maxMb = Math.floor(uploadMaxBytes / 1024 / 1024);
  const messages = error ? [error] : serverErrors;
  const errorId = `${slotId}-error`;
  const hintId = `${slotId}-hint`;

  const onFile = (file: File | undefined) => {
    if (!file) return;
    setError(null);
    if (file.size > uploadMaxBytes) return setError(t('portalDossiers.upload.tooLarge', { max: maxMb }));
    if (!acceptedExtensions.test(file.name) && !/^(application\/pdf|image\/)/.test(file.type)) return setError(t('portalDossiers.upload.wrongType'));
    aborter.current?.abort();
    const controller = new AbortController();
    aborter.current = controller;
    setProgress(0);
    uploadFile(file, applicant.data?.csrfToken ?? null, setProgress, controller.signal)
      .then((stored) => onChange({ fileId: stored.id, name: stored.originalName, size: stored.size }))
      .catch((cause: unknown) => {
        if (!(cause instanceof DOMException && cause.name === 'AbortError')) setError(describe(cause));
      })
      .finally(() => setProgress(null));
  };

  return (
    <div className={`upload-slot${messages.length > 0 ? ' upload-slot-invalid' : ''}`} role="group" aria-labelledby={`${slotId}-title`} data-testid={slotId}>
      <div className="upload-slot-head">
        <span id={`${slotId}-title`} className="upload-slot-title" lang="vi">
          {title}
        </span>
        <span className={required ? 'upload-slot-required' : 'upload-slot-optional'}>{requirementLabel ?? (required ? t('portalDossiers.upload.required') : t('portalDossiers.upload.optional'))}</span>
      </div>
      <p id={hintId} className="upload-slot-hint">
        {hint ? <span lang="vi">{hint} · </span> : null}
        {t('portalDossiers.upload.rules', { max: maxMb })}
      </p>
      {value ? (
        <div className="upload-slot-file" data-testid={`${slotId}-file`}>
          <CheckCircleFilled aria-hidden className="upload-slot-ok" />
          <PaperClipOutlined aria-hidden />
          <span className="upload-slot-file-name">{value.name}</span>
          {value.size ? <span className="muted-text">({formatFileSize(value.size, locale)})</span> : null}
          <Button type="link" size="small" icon={<DeleteOutlined aria-hidden />} onClick={() => onChange(null)} disabled={disabled} aria-label={t('portalDossiers.upload.removeFor', { name: title })}>
            {t('portalDossiers.upload.remove')}
          </Button>
        </div>
      ) : null}
      <div className="upload-slot-actions">
        <span className="upload-slot-picker">
          <input
            id={inputId}
            type="file"
            className="upload-slot-input"
            accept={acceptedFileTypes}
            disabled={disabled || progress !== null}
            aria-label={t('portalDossiers.upload.chooseFor', { name: title })}
            aria-describedby={messages.length > 0 ? `${hintId} ${errorId}` : hintId}
            aria-invalid={messages.length > 0 || undefined}
            data-testid={`${slotId}-input`}
            onChange={(event) => {
              onFile(event.target.files?.[0]);
              event.target.value = '';
            }}
          />
          <label htmlFor={inputId} className="upload-slot-button" aria-hidden>
            <UploadOutlined aria-hidden /> {value ? t('portalDossiers.upload.replace') : t('portalDossiers.upload.choose')}
          </label>
        </span>
        {storedPicker
          ? storedPicker({
              documentName: title,
              disabled: Boolean(disabled) || progress !== null,
              onPick: (file) => {
                setError(null);
                onChange(file);
              },
            })
          : null}
      </div>
      {progress !== null ? (
        <Progress percent={progress} size="small" aria-label={t('portalDossiers.upload.progress', { name: title })} data-testid={`${slotId}-progress`} />
      ) : null}
      {messages.length > 0 ? (
        <div id={errorId} role="alert" className="upload-slot-error" data-testid={`${slotId}-error`}>
          {messages.join(' ')}
        </div>
      ) : null}
    </div>
  );
}
