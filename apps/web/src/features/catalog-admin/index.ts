import './catalog-admin.css';

export { AdminProceduresPage } from './routes/admin-procedures-page';
export { DecisionPage } from './routes/decision-page';
export { DecisionsPage } from './routes/decisions-page';
export { ExchangePage } from './routes/exchange-page';
export { NationalUpdatePage } from './routes/national-update-page';
export { NationalUpdatesPage } from './routes/national-updates-page';
export { ProcedureCreatePage } from './routes/procedure-create-page';
export { ProcedureEditPage } from './routes/procedure-edit-page';
export { ProcedureRequirementsPage } from './routes/procedure-requirements-page';
export { ProcedureVersionsPage } from './routes/procedure-versions-page';
export { ServiceListPage } from './routes/service-list-page';
export { ServiceListsPage } from './routes/service-lists-page';
