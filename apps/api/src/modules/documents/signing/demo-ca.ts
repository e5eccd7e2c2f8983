import { createPrivateKey, generateKeyPair, type KeyObject } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { SigningError } from './pdf-signer.ts';
import { agencyP12Path, caCertificatePath, caKeyPath, createPkcs12, exists, writeFileAtomic } from './keystore.ts';
import { fromPem, issueCertificate, parseCertificate, toPem, type ParsedCertificate } from './x509.ts';

/** Subject of the demo root: says plainly that nothing it signs has legal value. */
export const DEMO_CA_NAME = 'MotCua Demo CA (không dùng thực tế)';

export interface DemoAgency {
  id: string;
  code: string;
  name: string;
}

export interface DemoKeystoreOptions {
  /** O= of the agency certificates. */
  province?: string;
  now?: Date;
  /** Key pairs generated at once (Node runs them on its thread pool). */
  concurrency?: number;
  /**
   * Key type of new certificates. RSA 2048 (default) is what Vietnamese CAs issue and what every validator reads;
   * P-256 is ~100× faster to generate (about 0.3 s instead of 4 s for 110 agencies) and also valid PAdES.
   */
  keyType?: 'rsa-2048' | 'ec-p256';
}

export interface DemoKeystoreReport {
  caCreated: boolean;
  /** Agency ids that got a new certificate in this call. */
  created: string[];
  /** Agency ids whose .p12 already existed (kept as is). */
  reused: string[];
  durationMs: number;
}

const DAY = 86_400_000;

function generateKey(keyType: DemoKeystoreOptions['keyType']): Promise<KeyObject> {
  const done = (resolve: (k: KeyObject) => void, reject: (e: Error) => void) => (err: Error | null, _publicKey: KeyObject, privateKey: KeyObject) =>
    err ? reject(err) : resolve(privateKey);
  return new Promise((resolve, reject) =>
    keyType === 'ec-p256'
      ? generateKeyPair('ec', { namedCurve: 'P-256' }, done(resolve, reject))
      : generateKeyPair('rsa', { modulusLength: 2048, publicExponent: 0x10001 }, done(resolve, reject)),
  );
}

function addYears(date: Date, years: number): Date {
  const d = new Date(date);
  d.setUTCFullYear(d.getUTCFullYear() + years);
  return d;
}

interface DemoCa {
  certificateDer: Buffer;
  certificate: ParsedCertificate;
  privateKey: KeyObject | null;
}

async function loadOrCreateCa(dir: string, password: string, now: Date, needKey: boolean, keyType: DemoKeystoreOptions['keyType']): Promise<{ ca: DemoCa; created: boolean }> {
  if (await exists(caCertificatePath(dir))) {
    const [der] = fromPem(await readFile(caCertificatePath(dir), 'utf8'));
    if (!der) throw new SigningError('keystore_invalid', `${caCertificatePath(dir)} holds no certificate`);
    let privateKey: KeyObject | null = null;
    if (needKey) {
      if (!(await exists(caKeyPath(dir)))) {
        throw new SigningError('keystore_invalid', `${caKeyPath(dir)} is missing: cannot issue certificates for new agencies (delete ${dir} to start over)`);
      }
      try {
        privateKey = createPrivateKey({ key: await readFile(caKeyPath(dir), 'utf8'), passphrase: password });
      } catch (e) {
        throw new SigningError('keystore_password', `Cannot decrypt ${caKeyPath(dir)}: wrong password (check SIGNING_P12_PASSWORD)`, { cause: e });
      }
    }
    return { ca: { certificateDer: der, certificate: parseCertificate(der), privateKey }, created: false };
  }
  const privateKey = await generateKey(keyType);
  const certificateDer = issueCertificate({
    subject: { country: 'VN', organization: 'MotCua', commonName: DEMO_CA_NAME },
    subjectPublicKey: privateKey,
    selfSigningKey: privateKey,
    notBefore: new Date(now.getTime() - DAY),
    notAfter: addYears(now, 10),
    profile: 'ca',
  });
  // Key first: a CA certificate without its key would block issuing certificates for new agencies.
  await writeFileAtomic(caKeyPath(dir), privateKey.export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: password }) as string, 0o600);
  await writeFileAtomic(caCertificatePath(dir), toPem(certificateDer), 0o644);
  return { ca: { certificateDer, certificate: parseCertificate(certificateDer), privateKey }, created: true };
}

async function issueAgency(dir: string, password: string, ca: DemoCa, agency: DemoAgency, province: string, now: Date, keyType: DemoKeystoreOptions['keyType']): Promise<void> {
  const privateKey = await generateKey(keyType);
  const caNotAfter = ca.certificate.notAfter;
  const notAfter = new Date(Math.min(addYears(now, 5).getTime(), caNotAfter.getTime()));
  const certificateDer = issueCertificate({
    subject: { country: 'VN', organization: province, commonName: agency.name },
    subjectPublicKey: privateKey,
    issuer: { certificate: ca.certificate, privateKey: ca.privateKey! },
    notBefore: new Date(now.getTime() - DAY),
    notAfter,
    profile: 'document-signer',
  });
  const p12 = createPkcs12({ privateKey, certificates: [certificateDer, ca.certificateDer] }, password, agency.code);
  await writeFileAtomic(agencyP12Path(dir, agency.id), p12, 0o600);
}

async function runLimited<T>(items: T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await task(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

const pending = new Map<string, Promise<unknown>>();

/**
 * Demo only: makes sure `<dir>` holds a test CA ("MotCua Demo CA (không dùng thực tế)", 10 years) and a PKCS#12
 * per agency (CN = agency name, O = province, 5 years, RSA 2048 unless `keyType` says P-256, digitalSignature + nonRepudiation,
 * emailProtection + documentSigning), all protected by `password`. Idempotent: existing files are reused, only
 * agencies without a .p12 get a new certificate. Calls on the same directory are serialised within the process.
 */
export async function ensureDemoKeystore(dir: string, password: string, agencies: DemoAgency[], options: DemoKeystoreOptions = {}): Promise<DemoKeystoreReport> {
  const previous = pending.get(dir) ?? Promise.resolve();
  const run = previous.catch(() => undefined).then(() => ensure(dir, password, agencies, options));
  pending.set(dir, run);
  try {
    return await run;
  } finally {
    if (pending.get(dir) === run) pending.delete(dir);
  }
}

async function ensure(dir: string, password: string, agencies: DemoAgency[], options: DemoKeystoreOptions): Promise<DemoKeystoreReport> {
  const started = performance.now();
  const now = options.now ?? new Date();
  const province = options.province ?? 'Tỉnh Quảng Ngãi';
  const missing: DemoAgency[] = [];
  const reused: string[] = [];
  const seen = new Set<string>();
  // Without a CA certificate, existing .p12 files (if any) come from a CA that is gone: issue them all again.
  const caExists = await exists(caCertificatePath(dir));
  for (const agency of agencies) {
    if (seen.has(agency.id)) continue;
    seen.add(agency.id);
    if (caExists && (await exists(agencyP12Path(dir, agency.id)))) reused.push(agency.id);
    else missing.push(agency);
  }
  const { ca, created: caCreated } = await loadOrCreateCa(dir, password, now, missing.length > 0, options.keyType);
  await runLimited(missing, options.concurrency ?? 4, (agency) => issueAgency(dir, password, ca, agency, province, now, options.keyType));
  return { caCreated, created: missing.map((a) => a.id), reused, durationMs: Math.round(performance.now() - started) };
}
