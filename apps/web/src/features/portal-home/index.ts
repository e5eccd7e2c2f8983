export { useHealth } from './api/get-health';
export { PortalHomePage } from './routes/portal-home-page';
