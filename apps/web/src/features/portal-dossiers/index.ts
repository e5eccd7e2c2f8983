import './portal-dossiers.css';

export { portalDossiersKey } from './api/query-keys';
export type { SlotFile, StoredDocumentPickerSlot } from './components/upload-slot';
export { UploadSlot } from './components/upload-slot';
export { applyPath, myDossierPath } from './lib/paths';
export { ApplyPage } from './routes/apply-page';
export { PortalDossierPage } from './routes/dossier-page';
export { MyDossiersPage } from './routes/my-dossiers-page';
export { EFormPreviewForm } from './components/e-form-preview-form';
