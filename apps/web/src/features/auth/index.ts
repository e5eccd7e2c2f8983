export { meQueryKey, meQueryOptions, useMe } from './api/get-me';
export { forgetSession } from './api/end-session';
export { RequirePermission } from './components/require-permission';
export { UserMenu } from './components/user-menu';
export { hasPermission, loginPathFor, safeNextPath, useCan, useSession } from './lib/session';
export { LoginPage } from './routes/login-page';
export { TotpEnrolmentPage } from './routes/totp-enrolment-page';
