import * as client from 'openid-client';
import type { OidcSettings } from './provider-name.ts';

export interface OidcChecks {
  codeVerifier: string;
  state: string;
  nonce: string;
}

/** The claims of a verified ID token, merged with the UserInfo answer when the provider has one. */
export type OidcClaims = Record<string, unknown> & { iss: string; sub: string };

/** The relying party: discovery once (retried after a failure), then authorization code + PKCE with a verified ID token. */
export class OidcRelyingParty {
  private configuration: Promise<client.Configuration> | undefined;

  constructor(readonly settings: OidcSettings) {}

  private discover(): Promise<client.Configuration> {
    this.configuration ??= client
      .discovery(new URL(this.settings.issuer), this.settings.clientId, { redirect_uris: [this.settings.redirectUri], response_types: ['code'] },
        this.settings.clientSecret ? client.ClientSecretBasic(this.settings.clientSecret) : client.None(),
        // Plain http only for a provider on this machine or a LAN demo; real providers are https.
        { execute: this.settings.issuer.startsWith('http:') ? [client.allowInsecureRequests] : [], timeout: 10 })
      .catch((error: unknown) => {
        this.configuration = undefined;
        throw error;
      });
    return this.configuration;
  }

  async authorizationUrl(checks: OidcChecks): Promise<URL> {
    const config = await this.discover();
    const supported = new Set(config.serverMetadata().scopes_supported ?? ['openid', 'profile']);
    const scope = ['openid', 'profile', 'email', 'phone', 'address'].filter((s) => s === 'openid' || supported.has(s)).join(' ');
    return client.buildAuthorizationUrl(config, {
      redirect_uri: this.settings.redirectUri,
      scope,
      state: checks.state,
      nonce: checks.nonce,
      code_challenge: await client.calculatePKCECodeChallenge(checks.codeVerifier),
      code_challenge_method: 'S256',
    });
  }

  /** Exchanges the code; throws unless state, PKCE, nonce, issuer, audience and signature all check out. */
  async exchange(callbackUrl: URL, checks: OidcChecks): Promise<OidcClaims> {
    const config = await this.discover();
    const tokens = await client.authorizationCodeGrant(config, callbackUrl, {
      pkceCodeVerifier: checks.codeVerifier,
      expectedState: checks.state,
      expectedNonce: checks.nonce,
      idTokenExpected: true,
    });
    const idClaims = tokens.claims();
    if (!idClaims) throw new Error('the provider returned no ID token');
    let userInfo: Record<string, unknown> = {};
    if (config.serverMetadata().userinfo_endpoint && tokens.access_token) {
      userInfo = { ...(await client.fetchUserInfo(config, tokens.access_token, idClaims.sub)) };
    }
    return { ...userInfo, ...idClaims, iss: idClaims.iss, sub: idClaims.sub };
  }
}
