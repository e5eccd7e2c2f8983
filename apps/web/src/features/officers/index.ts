export { officersQueryKey } from './api/get-officers';
export { OfficersPage } from './routes/officers-page';
