import { generateSecret, generateURI, verify } from 'otplib';

export const newTotpSecret = (): string => generateSecret();

export const totpUri = (secret: string, username: string): string =>
  generateURI({ issuer: 'MotCua', label: username, secret });

/**
 * Accepts the current 30-second step and one step either side, for clock drift on phones. Returns the step the
 * code belongs to (the caller refuses a step already used, see useTotpStep), or null for a wrong code.
 */
export async function checkTotp(secret: string, code: string, now: Date): Promise<number | null> {
  const epoch = Math.floor(now.getTime() / 1000);
  const result = await verify({ secret, token: code, epoch, epochTolerance: 30 });
  return result.valid ? Math.floor(epoch / 30) + result.delta : null;
}
