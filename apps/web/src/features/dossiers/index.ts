import './dossiers.css';

export { DeskReceivePage } from './routes/desk-receive-page';
export { DeskRegisterPage } from './routes/desk-register-page';
export { DeskReturnsPage } from './routes/desk-returns-page';
export { DossierPage } from './routes/dossier-page';
export { DossierQueuePage } from './routes/dossier-queue-page';
export { DossierReceiptPage } from './routes/dossier-receipt-page';
