import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caCertificatePath, DEMO_CA_NAME, ensureDemoKeystore, LocalPkcs12Signer, SigningError, type DemoKeystoreReport } from './index.ts';
import { run, tempDir } from './signing.test-support.ts';

const PASSWORD = 'demo-keystore-password';
const STP = { id: 'unit-stp', code: '51.STP', name: 'Sở Tư pháp' };
const STC = { id: 'unit-stc', code: '51.STC', name: 'Sở Tài chính' };
const COMMUNE = { id: 'unit-ba-to', code: '51.25300', name: 'Ủy ban nhân dân xã Ba Tơ' };

describe('ensureDemoKeystore', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let first: DemoKeystoreReport;
  const p12 = (id: string) => join(dir.path, 'agencies', `${id}.p12`);
  const certOf = (id: string, password = PASSWORD) =>
    run('openssl', ['pkcs12', '-in', p12(id), '-passin', `pass:${password}`, '-nokeys', '-clcerts']);

  beforeAll(async () => {
    dir = await tempDir('demo-ca');
    first = await ensureDemoKeystore(dir.path, PASSWORD, [STP, STC]);
    console.info(`[signing] demo keystore, CA + 2 agencies (RSA 2048): ${first.durationMs} ms`);
  });
  afterAll(() => dir.remove());

  it('creates the demo CA and one PKCS#12 per agency on first start', async () => {
    expect(first).toMatchObject({ caCreated: true, created: [STP.id, STC.id], reused: [] });
    const ca = run('openssl', ['x509', '-in', caCertificatePath(dir.path), '-noout', '-subject', '-dates', '-ext', 'basicConstraints,keyUsage', '-nameopt', 'utf8']);
    expect(ca.output).toContain(`CN=${DEMO_CA_NAME}`);
    expect(ca.output).toMatch(/CA:TRUE/);
    expect(ca.output).toContain('Certificate Sign, CRL Sign');
    const years = (d: string) => new Date(/notAfter=(.*)/.exec(d)![1]!).getUTCFullYear() - new Date(/notBefore=(.*)/.exec(d)![1]!).getUTCFullYear();
    expect(years(ca.output)).toBe(10);
    expect((await stat(p12(STP.id))).mode & 0o077).toBe(0); // keys readable by the owner only
    expect((await stat(join(dir.path, 'ca-key.pem'))).mode & 0o077).toBe(0);
  });

  it('issues agency certificates standard tools accept: chain, Vietnamese subject in UTF8String, signing usages', async () => {
    const pem = certOf(STP.id);
    expect(pem.status).toBe(0);
    const path = join(dir.path, 'stp.pem');
    await writeFile(path, /-----BEGIN CERTIFICATE-----[^-]+-----END CERTIFICATE-----\n/.exec(pem.output)![0]); // without bag attributes
    const text = run('openssl', ['x509', '-in', path, '-noout', '-subject', '-issuer', '-ext', 'keyUsage,extendedKeyUsage,basicConstraints', '-nameopt', 'utf8']).output;
    expect(text).toContain('subject=C=VN, O=Tỉnh Quảng Ngãi, CN=Sở Tư pháp');
    expect(text).toContain(`issuer=C=VN, O=MotCua, CN=${DEMO_CA_NAME}`);
    expect(text).toContain('Digital Signature, Non Repudiation');
    expect(text).toContain('E-mail Protection, 1.3.6.1.5.5.7.3.36');
    expect(text).toContain('CA:FALSE');
    expect(run('openssl', ['asn1parse', '-in', path]).output).toMatch(/UTF8STRING\s+:Sở Tư pháp/);
    const verify = run('openssl', ['verify', '-CAfile', caCertificatePath(dir.path), '-purpose', 'smimesign', path]);
    expect(verify.output).toContain(': OK');
  });

  it('reuses existing files on the next start and issues a certificate only for a new agency', async () => {
    const caBefore = await readFile(caCertificatePath(dir.path));
    const stpBefore = await readFile(p12(STP.id));
    const second = await ensureDemoKeystore(dir.path, PASSWORD, [STP, STC, COMMUNE]);
    expect(second).toMatchObject({ caCreated: false, created: [COMMUNE.id], reused: [STP.id, STC.id] });
    expect(await readFile(caCertificatePath(dir.path))).toEqual(caBefore);
    expect(await readFile(p12(STP.id))).toEqual(stpBefore);

    const signer = new LocalPkcs12Signer({ dir: dir.path, password: PASSWORD });
    const commune = await signer.certificate(COMMUNE.id);
    expect(commune).toMatchObject({ subjectCommonName: 'Ủy ban nhân dân xã Ba Tơ', issuerCommonName: DEMO_CA_NAME });
    expect(commune.serialNumber).not.toBe((await signer.certificate(STP.id)).serialNumber);

    const third = await ensureDemoKeystore(dir.path, PASSWORD, [STP, STC, COMMUNE]);
    expect(third).toMatchObject({ caCreated: false, created: [], reused: [STP.id, STC.id, COMMUNE.id] });
  });

  it('protects the PKCS#12 files with the password', () => {
    expect(certOf(STC.id).status).toBe(0);
    const wrong = certOf(STC.id, 'wrong-password');
    expect(wrong.status).not.toBe(0);
    expect(wrong.output).toMatch(/mac verify failure|invalid password/i);
  });

  it('refuses to issue for a new agency when the password does not open the CA key', async () => {
    const error = await ensureDemoKeystore(dir.path, 'wrong-password', [{ id: 'unit-new', code: '51.NEW', name: 'Sở Mới' }]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SigningError);
    expect((error as SigningError).reason).toBe('keystore_password');
    expect((error as SigningError).message).toContain('SIGNING_P12_PASSWORD');
  });

  it('refuses agency ids that are not plain file names', async () => {
    const error = await ensureDemoKeystore(dir.path, PASSWORD, [{ id: '../escape', code: 'X', name: 'X' }]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SigningError);
  });

  it('generates a province worth of agencies quickly with P-256 keys', async () => {
    const ec = await tempDir('demo-ca-ec');
    try {
      const agencies = Array.from({ length: 30 }, (_, i) => ({ id: `unit-${i}`, code: `51.${i}`, name: `Ủy ban nhân dân xã Số ${i}` }));
      const report = await ensureDemoKeystore(ec.path, PASSWORD, agencies, { keyType: 'ec-p256', province: 'Tỉnh Quảng Ngãi' });
      console.info(`[signing] demo keystore, CA + 30 agencies (P-256): ${report.durationMs} ms`);
      expect(report.created).toHaveLength(30);
      const signer = new LocalPkcs12Signer({ dir: ec.path, password: PASSWORD });
      expect((await signer.certificate('unit-29')).subject).toBe('CN=Ủy ban nhân dân xã Số 29, O=Tỉnh Quảng Ngãi, C=VN');
    } finally {
      await ec.remove();
    }
  });
});
