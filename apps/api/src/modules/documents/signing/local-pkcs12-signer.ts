/*
 * PAdES baseline-B signing with a PKCS#12 per agency (ETSI EN 319 142-1 / 319 122-1).
 *
 * - The PDF gets an incremental update with a signature dictionary: /Filter /Adobe.PPKLite,
 *   /SubFilter /ETSI.CAdES.detached, /ByteRange, /Contents (8 KiB reserved), /Name /Reason /Location as UTF-16
 *   text, /M = the claimed signing time (PAdES forbids the CMS signing-time attribute; the time lives in /M).
 * - /Contents holds a detached CMS SignedData (v1, eContentType id-data, no eContent) over the ByteRange bytes:
 *   digest SHA-256; signature sha256WithRSAEncryption (or ecdsa-with-SHA256 for EC keys), computed with Node's
 *   crypto; sid = issuerAndSerialNumber; signed attributes, DER-sorted: contentType, messageDigest,
 *   signingCertificateV2 (RFC 5035: SHA-256 of the signer certificate + issuerSerial) — the attribute that binds the
 *   certificate to the signature and that PAdES-B requires; certificates = agency certificate + CA certificate.
 * - Why our own CMS builder: @signpdf's P12Signer (@signpdf/signer-p12, node-forge pkcs7; not installed here) is
 *   meant for adbe.pkcs7.detached: its signed attributes are contentType, signingTime and messageDigest, and forge
 *   cannot add signingCertificateV2, so the result is not PAdES. cades.ts writes the CMS as DER (der.ts) and signs
 *   with Node's crypto; @signpdf/signpdf still computes the ByteRange and fills /Contents (pades.ts).
 * - Keys: the key operation sits behind `SigningKey`; this class backs it with a .p12 read by node-forge (any
 *   PKCS#12 flavour, RSA or EC), cached per agency. A remote/HSM signer implements `SigningKey` and reuses
 *   `signPdfPades`, or implements `PdfSigner` outright.
 * - Not done (baseline-B only): signature time-stamp (B-T), DSS/VRI validation data (B-LT/LTA), visible widget.
 */
import { stat, readFile } from 'node:fs/promises';
import { agencyP12Path, readPkcs12 } from './keystore.ts';
import { signPdfPades } from './pades.ts';
import { SigningError, type CertificateDescription, type PdfSigner, type SigningKey, type SignRequest } from './pdf-signer.ts';
import { describeCertificate, keyTypeOf, signSha256 } from './x509.ts';

export interface LocalPkcs12SignerOptions {
  /** Keystore directory (config `signing.dir`); agencies' keys are `<dir>/agencies/<agencyId>.p12`. */
  dir: string;
  /** PKCS#12 password (config `signing.p12Password`). */
  password: string;
  /** Bytes reserved in /Contents for the CMS; 8192 fits a 2-certificate RSA chain with room to spare. */
  signatureLength?: number;
}

interface LoadedIdentity {
  mtimeMs: number;
  key: SigningKey;
  certificate: CertificateDescription;
}

export class LocalPkcs12Signer implements PdfSigner {
  private readonly loaded = new Map<string, LoadedIdentity>();

  constructor(private readonly options: LocalPkcs12SignerOptions) {}

  async sign(pdf: Buffer, request: SignRequest): Promise<Buffer> {
    const { key, certificate } = await this.load(request.agencyId);
    if (request.signedAt < certificate.notBefore || request.signedAt > certificate.notAfter) {
      throw new SigningError(
        'certificate_expired',
        `The certificate of agency ${request.agencyId} (serial ${certificate.serialNumber}) is not valid at ${request.signedAt.toISOString()}`,
      );
    }
    return signPdfPades(pdf, request, key, { signatureLength: this.options.signatureLength ?? 8192 });
  }

  /** The agency's signing certificate, as stored next to signed documents. */
  async certificate(agencyId: string): Promise<CertificateDescription> {
    return (await this.load(agencyId)).certificate;
  }

  /** Loads (and caches) an agency's .p12; a replaced file (new mtime) is read again. */
  private async load(agencyId: string): Promise<LoadedIdentity> {
    const path = agencyP12Path(this.options.dir, agencyId);
    let mtimeMs: number;
    try {
      mtimeMs = (await stat(path)).mtimeMs;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') {
        throw new SigningError('signer_not_found', `No signing certificate for agency ${agencyId} (expected ${path})`, { cause: e });
      }
      throw e;
    }
    const cached = this.loaded.get(agencyId);
    if (cached && cached.mtimeMs === mtimeMs) return cached;
    const { privateKey, certificates } = readPkcs12(await readFile(path), this.options.password, `agency ${agencyId}`);
    const key: SigningKey = { certificates, keyType: keyTypeOf(privateKey), sign: async (data) => signSha256(data, privateKey) };
    const entry = { mtimeMs, key, certificate: describeCertificate(certificates[0]!) };
    this.loaded.set(agencyId, entry);
    return entry;
  }
}
