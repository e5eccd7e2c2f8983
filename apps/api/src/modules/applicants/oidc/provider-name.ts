import type { Config } from '../../../config.ts';

export const DEMO_IDP_PATH = '/demo-idp';
export const DEMO_IDP_CLIENT = { clientId: 'motcua-portal', clientSecret: 'motcua-demo-idp-client-secret' };

export interface OidcSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Where the provider sends the browser back: our callback, on the public address of the portal. */
  redirectUri: string;
  providerName: string;
}

/** The configured provider; with DEMO_IDP and no provider of its own, the app signs in against its own demo one. */
export function oidcSettings(config: Config): OidcSettings | null {
  const redirectUri = `${config.publicBaseUrl}/api/portal/auth/oidc/callback`;
  if (config.oidc) return { ...config.oidc, redirectUri, providerName: config.demoIdp ? 'VNeID (mô phỏng)' : 'VNeID' };
  if (config.demoIdp) return { issuer: `${config.publicBaseUrl}${DEMO_IDP_PATH}`, ...DEMO_IDP_CLIENT, redirectUri, providerName: 'VNeID (mô phỏng)' };
  return null;
}

/** How an identity provider is named to the applicant: the configured one by its name, others by their host. */
export function providerNameOf(config: Config, issuer: string): string {
  const settings = oidcSettings(config);
  if (settings && settings.issuer === issuer) return settings.providerName;
  try {
    return new URL(issuer).host;
  } catch {
    return issuer;
  }
}
