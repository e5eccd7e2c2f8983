import './portal-account.css';

export { applicantQueryKey, useApplicant } from './api/get-applicant';
export { useAuthOptions } from './api/get-auth-options';
export { AccountMenu } from './components/account-menu';
export { RequireApplicant } from './components/require-applicant';
export { loginPathWithNext } from './lib/paths';
export { AccountLoginPage } from './routes/login-page';
export { AccountProfilePage } from './routes/profile-page';
export { AccountRegisterPage } from './routes/register-page';
