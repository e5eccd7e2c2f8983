import { generateSecret, generateURI, verify } from 'otplib';

export const newTotpSecret = (): string => generateSecret();

export const totpUri = (secret: string, username: string): string =>
  generateURI({ issuer: 'MotCua', label: username, secret });

/** Accepts the current 30-second step and one step either side, for clock drift on phones. */
export async function checkTotp(secret: string, code: string, now: Date): Promise<boolean> {
  const result = await verify({ secret, token: code, epoch: Math.floor(now.getTime() / 1000), epochTolerance: 30 });
  return result.valid;
}
