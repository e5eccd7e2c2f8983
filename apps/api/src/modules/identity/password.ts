import { breachedPasswordForms, passwordMessages } from '@motcua/shared';
import { hash, verify } from '@node-rs/argon2';
import { AppError } from '../../platform/errors.ts';

const ARGON2ID = 2; // Algorithm.Argon2id, a const enum that verbatimModuleSyntax cannot import

// OWASP's argon2id baseline (19 MiB, 2 passes); the parameters travel inside each hash, so they can be raised later.
const options = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export const hashPassword = (password: string): Promise<string> => hash(password, options);

export const verifyPassword = (passwordHash: string, password: string): Promise<boolean> =>
  verify(passwordHash, password).catch(() => false);

/** Spends the same time as a real check so a missing username cannot be told apart by timing. */
let dummyHash: Promise<string> | undefined;
export async function burnPasswordCheck(password: string): Promise<void> {
  dummyHash ??= hashPassword('motcua-timing-equaliser-0');
  await verifyPassword(await dummyHash, password);
}

let breached: Set<string> | undefined;
/** Built once on first use from the offline list of breached passwords (@zxcvbn-ts/language-common, lower case). */
async function breachedPasswords(): Promise<Set<string>> {
  if (!breached) {
    const { dictionary } = await import('@zxcvbn-ts/language-common');
    breached = new Set((dictionary['passwords-common'] as string[]).map((p) => p.toLowerCase()));
  }
  return breached;
}

/** The server's half of the password policy (the length rule is in the shared contract): not a breached password. */
export async function assertAcceptablePassword(password: string, path = 'body.password'): Promise<void> {
  const list = await breachedPasswords();
  if (breachedPasswordForms(password).some((form) => list.has(form))) {
    throw new AppError('VALIDATION_FAILED', { errors: [{ path, message: passwordMessages.breached }] });
  }
}
