import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { caCertificatePath, describeSignature, ensureDemoKeystore, LocalPkcs12Signer, signPdfPades, SigningError, type PdfSigner, type SigningKey, type SignRequest } from './index.ts';
import { readPkcs12 } from './keystore.ts';
import { signSha256 } from './x509.ts';
import { pdfsig, run, samplePdf, signedPartsOf, tempDir } from './signing.test-support.ts';

const PASSWORD = 'test-p12-password';
const STP = { id: 'unit-stp', code: '51.STP', name: 'Sở Tư pháp' };
const COMMUNE = { id: 'unit-binh-son', code: '51.25000', name: 'Ủy ban nhân dân xã Bình Sơn' };

const request = (overrides: Partial<SignRequest> = {}): SignRequest => ({
  agencyId: STP.id,
  agencyName: STP.name,
  reason: 'Ký số kết quả giải quyết hồ sơ 000.00.01.H50-260101-0001',
  location: 'Quảng Ngãi',
  signedAt: new Date('2026-03-02T08:15:30Z'),
  ...overrides,
});

/** Decodes a `/Key <FEFF…>` text string of the signature dictionary. */
function pdfText(pdf: Buffer, key: string): string | undefined {
  const hex = new RegExp(`/${key} <FEFF([0-9A-F]*)>`).exec(pdf.toString('latin1'))?.[1];
  return hex === undefined ? undefined : Buffer.from(hex, 'hex').swap16().toString('utf16le');
}

async function expectSigningError(promise: Promise<unknown>, reason: SigningError['reason']): Promise<SigningError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(SigningError);
  expect((error as SigningError).reason).toBe(reason);
  return error as SigningError;
}

describe('LocalPkcs12Signer (PAdES baseline-B)', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let keystore: string;
  let signer: PdfSigner & LocalPkcs12Signer;
  let pdf: Buffer;
  let signed: Buffer;

  beforeAll(async () => {
    dir = await tempDir('signing');
    keystore = join(dir.path, 'keystore');
    await ensureDemoKeystore(keystore, PASSWORD, [STP, COMMUNE], { now: new Date('2026-01-01T00:00:00Z') });
    signer = new LocalPkcs12Signer({ dir: keystore, password: PASSWORD });
    pdf = await samplePdf();
    signed = await signer.sign(pdf, request());
  });
  afterAll(() => dir.remove());

  it('produces a signature pdfsig accepts, naming the agency with its Vietnamese diacritics', async () => {
    const { output } = await pdfsig(dir.path, signed);
    expect(output).toContain('Signature Validation: Signature is Valid.');
    expect(output).toContain('Signer Certificate Common Name: Sở Tư pháp');
    expect(output).toContain('O=Tỉnh Quảng Ngãi');
    expect(output).toContain('Signature Type: ETSI.CAdES.detached');
    expect(output).toContain('Signing Hash Algorithm: SHA-256');
    expect(output).toContain('Total document signed');
    // The demo CA is not in poppler's NSS store: the signature is fine, trust is not established.
    expect(output).toMatch(/Certificate Validation: Certificate issuer isn't Trusted/);
  });

  it('appends the signature as an incremental update with readable /Name, /Reason, /Location and /M', () => {
    const original = pdf.toString('latin1').replace(/\n$/, '');
    expect(signed.subarray(0, original.length).toString('latin1')).toBe(original);
    expect(pdfText(signed, 'Name')).toBe('Sở Tư pháp');
    expect(pdfText(signed, 'Reason')).toBe('Ký số kết quả giải quyết hồ sơ 000.00.01.H50-260101-0001');
    expect(pdfText(signed, 'Location')).toBe('Quảng Ngãi');
    expect(signed.toString('latin1')).toContain('/M (D:20260302081530Z)');
  });

  it('uses signerName for /Name when given', async () => {
    const out = await signer.sign(pdf, request({ signerName: 'Nguyễn Văn Ký — Giám đốc' }));
    expect(pdfText(out, 'Name')).toBe('Nguyễn Văn Ký — Giám đốc');
  });

  it('carries the PAdES-B CMS: contentType, messageDigest, signingCertificateV2, no signing-time, agency + CA certificates', () => {
    const { cms } = signedPartsOf(signed);
    const printed = run('openssl', ['cms', '-cmsout', '-print', '-inform', 'DER'], cms).output;
    expect(printed).toContain('contentType (1.2.840.113549.1.9.3)');
    expect(printed).toContain('messageDigest (1.2.840.113549.1.9.4)');
    expect(printed).toContain('signingCertificateV2 (1.2.840.113549.1.9.16.2.47)');
    expect(printed).not.toContain('signingTime');
    expect(printed).toMatch(/eContent: <ABSENT>/);
    expect(printed.match(/cert_info:/g)).toHaveLength(2);
  });

  it('verifies with OpenSSL against the demo CA (chain, S/MIME signing purpose)', async () => {
    const { content, cms } = signedPartsOf(signed);
    await writeFile(join(dir.path, 'content.bin'), content);
    await writeFile(join(dir.path, 'sig.der'), cms);
    const result = run('openssl', ['cms', '-verify', '-binary', '-inform', 'DER', '-in', join(dir.path, 'sig.der'),
      '-content', join(dir.path, 'content.bin'), '-CAfile', caCertificatePath(keystore), '-out', '/dev/null']);
    expect(result.output).toContain('Verification successful');
    expect(result.status).toBe(0);
  });

  it('describes the signature for the document store', async () => {
    const info = describeSignature(signed);
    const certificate = await signer.certificate(STP.id);
    expect(info).toMatchObject({
      subFilter: 'ETSI.CAdES.detached',
      signedAt: new Date('2026-03-02T08:15:30Z'),
      coversWholeDocument: true,
      intact: true,
      digestAlgorithm: 'SHA-256',
    });
    expect(info.certificate).toEqual(certificate);
    expect(info.certificate).toMatchObject({
      subjectCommonName: 'Sở Tư pháp',
      subject: 'CN=Sở Tư pháp, O=Tỉnh Quảng Ngãi, C=VN',
      issuerCommonName: 'MotCua Demo CA (không dùng thực tế)',
    });
    expect(info.certificate.serialNumber).toMatch(/^[0-9A-F]{32}$/);
    expect(info.certificateChain).toHaveLength(2);
  });

  it('reports a one-byte change in the page content as a broken signature', async () => {
    const text = signed.toString('latin1');
    const amount = text.indexOf('<35303030303020>'); // "500000 " drawn on the page
    expect(amount).toBeGreaterThan(0);
    expect(amount).toBeLessThan(describeSignature(signed).byteRange[1]);
    const tampered = Buffer.from(signed);
    tampered[amount + 2] = '9'.charCodeAt(0); // 500000 → 900000

    const { output } = await pdfsig(dir.path, tampered, 'tampered.pdf');
    expect(output).not.toContain('Signature is Valid.');
    expect(output).toContain('Signature Validation: Digest Mismatch.');
    expect(describeSignature(tampered).intact).toBe(false);

    const { content, cms } = signedPartsOf(tampered);
    await writeFile(join(dir.path, 'tampered.bin'), content);
    await writeFile(join(dir.path, 'tampered.der'), cms);
    const openssl = run('openssl', ['cms', '-verify', '-binary', '-inform', 'DER', '-in', join(dir.path, 'tampered.der'),
      '-content', join(dir.path, 'tampered.bin'), '-CAfile', caCertificatePath(keystore), '-out', '/dev/null']);
    expect(openssl.status).not.toBe(0);
  });

  it('notices bytes appended after signing', () => {
    const appended = Buffer.concat([signed, Buffer.from('\n% appended\n')]);
    expect(describeSignature(appended)).toMatchObject({ intact: true, coversWholeDocument: false });
  });

  it('signs for each agency with its own certificate', async () => {
    const out = await signer.sign(pdf, request({ agencyId: COMMUNE.id, agencyName: COMMUNE.name }));
    const { output } = await pdfsig(dir.path, out, 'commune.pdf');
    expect(output).toContain('Signature is Valid.');
    expect(output).toContain('Signer Certificate Common Name: Ủy ban nhân dân xã Bình Sơn');
  });

  it('refuses an agency without a certificate, and ids that are not plain file names', async () => {
    const error = await expectSigningError(signer.sign(pdf, request({ agencyId: 'unit-unknown' })), 'signer_not_found');
    expect(error.message).toContain('unit-unknown');
    await expectSigningError(signer.sign(pdf, request({ agencyId: '../keystore/ca' })), 'signer_not_found');
  });

  it('refuses a wrong keystore password with a clear error', async () => {
    const wrong = new LocalPkcs12Signer({ dir: keystore, password: 'not-the-password' });
    const error = await expectSigningError(wrong.sign(pdf, request()), 'keystore_password');
    expect(error.message).toMatch(/Wrong password .* agency unit-stp/);
    expect(error.code).toBe('INTERNAL');
  });

  it('refuses to sign outside the certificate validity', async () => {
    await expectSigningError(signer.sign(pdf, request({ signedAt: new Date('2040-01-01T00:00:00Z') })), 'certificate_expired');
  });

  it('refuses input that is not a PDF it can extend', async () => {
    await expectSigningError(signer.sign(Buffer.from('not a pdf'), request()), 'pdf_unsupported');
  });

  it('lets another key holder (HSM, remote service) sign through SigningKey, and surfaces its failures as they are', async () => {
    const { privateKey, certificates } = readPkcs12(await readFile(join(keystore, 'agencies', `${STP.id}.p12`)), PASSWORD, 'test');
    const calls: Buffer[] = [];
    const remote: SigningKey = { certificates, keyType: 'rsa', sign: async (data) => (calls.push(data), signSha256(data, privateKey)) };
    const out = await signPdfPades(pdf, request(), remote);
    expect(calls).toHaveLength(1);
    expect((await pdfsig(dir.path, out, 'remote.pdf')).output).toContain('Signature is Valid.');

    const down: SigningKey = { ...remote, sign: async () => { throw new Error('remote signing service unavailable'); } };
    await expect(signPdfPades(pdf, request(), down)).rejects.toThrow('remote signing service unavailable');
  });

  it('signs an A5 page in a few milliseconds once the key is loaded', async () => {
    const times: number[] = [];
    for (let i = 0; i < 20; i++) {
      const started = performance.now();
      await signer.sign(pdf, request());
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    const median = times[10]!;
    console.info(`[signing] warm PAdES signature of an A5 PDF (${pdf.length} bytes): median ${median.toFixed(2)} ms, max ${times.at(-1)!.toFixed(2)} ms`);
    expect(median).toBeLessThan(100);
  });
});

describe('LocalPkcs12Signer with P-256 keys', () => {
  it('produces an ECDSA signature pdfsig accepts', async () => {
    const dir = await tempDir('signing-ec');
    try {
      await ensureDemoKeystore(dir.path, PASSWORD, [STP], { keyType: 'ec-p256' });
      const signer = new LocalPkcs12Signer({ dir: dir.path, password: PASSWORD });
      const out = await signer.sign(await samplePdf(), request({ signedAt: new Date() }));
      const { output } = await pdfsig(dir.path, out);
      expect(output).toContain('Signature is Valid.');
      expect(output).toContain('Signer Certificate Common Name: Sở Tư pháp');
      expect(describeSignature(out).intact).toBe(true);
    } finally {
      await dir.remove();
    }
  });
});
