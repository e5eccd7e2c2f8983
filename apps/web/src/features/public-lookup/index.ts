import './public-lookup.css';

export { DossierLookupPage } from './routes/dossier-lookup-page';
export { VerifyResultPage } from './routes/verify-result-page';
