import type { Config } from '../../../config.ts';
import type { PaymentProvider } from '../provider.ts';
import { SANDBOX_GATEWAY_PATH } from '../sandbox-gateway/index.ts';
import { sandboxProvider } from './sandbox-provider.ts';

/** The gateway citizens pay through: the built-in sandbox outside production, none in production until a real one is configured. */
export function configuredPaymentProvider(config: Config): PaymentProvider | null {
  if (config.env === 'production') return null;
  return sandboxProvider({ gatewayUrl: `${config.publicBaseUrl}${SANDBOX_GATEWAY_PATH}`, secret: config.payments.sandboxSecret });
}
