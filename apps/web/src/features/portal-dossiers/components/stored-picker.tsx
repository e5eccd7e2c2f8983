import { StoredDocumentPicker } from '@/features/document-store';
import type { StoredDocumentPickerSlot } from './upload-slot';

/** "Chọn từ kho giấy tờ" in every upload slot: a document already in the applicant's store instead of a new upload. */
export const storedDocumentPicker: StoredDocumentPickerSlot = ({ documentName, onPick, disabled }) => (
  <StoredDocumentPicker slotLabel={documentName} disabled={disabled} onPick={(fileId, name) => onPick({ fileId, name })} />
);
