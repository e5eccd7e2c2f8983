/// <reference path="./oidc-provider.d.ts" />
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import Provider, { type AccountClaims } from 'oidc-provider';

export interface IdentityProviderClient {
  clientId: string;
  clientSecret: string;
  redirectUri: string;
}

/**
 * An OpenID Connect provider that behaves like the national electronic identity (VNeID) towards the portal: authorization
 * code with PKCE, signed ID tokens, a UserInfo endpoint with the citizen's name, birth date and citizen ID number. It uses
 * oidc-provider's development sign-in pages (any login; the password is not checked), so it is for tests and demos only.
 * `accounts` maps a login to its claims; an unknown login gets none.
 */
export function createIdentityProvider(issuer: string, client: IdentityProviderClient, accounts: Record<string, Omit<AccountClaims, 'sub'>>): Provider {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const provider = new Provider(issuer, {
    clients: [{
      client_id: client.clientId,
      client_secret: client.clientSecret,
      redirect_uris: [client.redirectUri],
      response_types: ['code'],
      grant_types: ['authorization_code'],
      token_endpoint_auth_method: 'client_secret_basic',
    }],
    jwks: { keys: [{ ...privateKey.export({ format: 'jwk' }), kid: 'demo-1', alg: 'RS256', use: 'sig' }] },
    cookies: { keys: [randomBytes(32).toString('base64url')] },
    pkce: { required: () => true },
    ttl: { AccessToken: 600, AuthorizationCode: 60, Grant: 3600, IdToken: 600, Interaction: 900, Session: 3600 },
    claims: {
      openid: ['sub'],
      profile: ['name', 'family_name', 'given_name', 'birthdate', 'citizen_id'],
      email: ['email', 'email_verified'],
      phone: ['phone_number', 'phone_number_verified'],
      address: ['address'],
    },
    features: { devInteractions: { enabled: true } },
    findAccount: (_ctx: unknown, sub: string) => {
      const claims = accounts[sub];
      return claims ? { accountId: sub, claims: () => ({ ...claims, sub }) } : undefined;
    },
  });
  return provider;
}

/** A request handler serving the provider under `mountPath` of another server (the app's /demo-idp). */
export function mountedHandler(provider: Provider, mountPath: string) {
  const handle = provider.callback();
  return (req: IncomingMessage & { originalUrl?: string }, res: ServerResponse) => {
    req.originalUrl = req.url;
    req.url = req.url?.slice(mountPath.length) || '/';
    handle(req, res);
  };
}
