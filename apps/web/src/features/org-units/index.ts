export { orgUnitsQueryKey, useOrgUnits } from './api/get-org-units';
export { OrgUnitTreeSelect } from './components/org-unit-tree-select';
export { normaliseForSearch } from './lib/org-unit-tree';
export { OrgUnitsPage } from './routes/org-units-page';
