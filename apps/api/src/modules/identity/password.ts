import { hash, verify } from '@node-rs/argon2';

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
