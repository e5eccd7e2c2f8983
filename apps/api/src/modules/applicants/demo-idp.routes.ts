import type { FastifyInstance } from 'fastify';
import { createIdentityProvider, mountedHandler } from './oidc/demo-idp.ts';
import { DEMO_IDP_PATH, type OidcSettings } from './oidc/provider-name.ts';

/** The demo citizen of "VNeID (mô phỏng)": sign in with the login `congdan` (any password). */
export const DEMO_IDP_ACCOUNTS = {
  congdan: { name: 'Trần Quốc Bảo', family_name: 'Trần', given_name: 'Quốc Bảo', birthdate: '1988-03-21', citizen_id: '051088004321' },
};

/**
 * Serves the demo identity provider at /demo-idp (DEMO_IDP=true): the portal's "Đăng nhập bằng VNeID" then works
 * without a real provider. Its request bodies are left unread for oidc-provider to parse.
 */
export function demoIdpRoutes(app: FastifyInstance, settings: OidcSettings): void {
  const provider = createIdentityProvider(settings.issuer, settings, DEMO_IDP_ACCOUNTS);
  provider.proxy = true;
  const handle = mountedHandler(provider, DEMO_IDP_PATH);
  void app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', (_request, _payload, done) => done(null));
    scope.all(`${DEMO_IDP_PATH}/*`, (request, reply) => {
      reply.hijack();
      handle(request.raw, reply.raw);
    });
  });
}
