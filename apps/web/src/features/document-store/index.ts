import './document-store.css';

export { documentStoreKeys } from './api/query-keys';
export { StoredDocumentPicker, type StoredDocumentPickerProps } from './components/stored-document-picker';
export { DocumentStorePage } from './routes/documents-page';
