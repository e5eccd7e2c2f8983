import { AppError } from '../../../platform/errors.ts';

/** What the document store asks for when an official document (văn bản) is signed on behalf of an agency. */
export interface SignRequest {
  /** The issuing agency's org unit id; selects the signing key (one certificate per agency). */
  agencyId: string;
  agencyName: string;
  /** Shown by PDF readers as the signature's reason, e.g. "Ký số kết quả giải quyết hồ sơ 000.00.01.H50-250101-0001". */
  reason: string;
  /** Shown as the signature's location, e.g. "Quảng Ngãi". */
  location: string;
  /** Claimed signing time, written to the signature dictionary's /M (PAdES: no signing-time attribute in the CMS). */
  signedAt: Date;
  /** Name shown in /Name; defaults to the agency name. */
  signerName?: string;
}

/**
 * Signs a PDF as the agency and returns the signed PDF (an incremental update, PAdES baseline-B).
 * Implementations: {@link LocalPkcs12Signer} (a .p12 per agency on disk); a remote signing service (HSM, the
 * national CA's remote-signing API) can take its place behind this interface.
 */
export interface PdfSigner {
  sign(pdf: Buffer, request: SignRequest): Promise<Buffer>;
}

/**
 * The key operation behind a PAdES signature, so the key can live elsewhere (HSM, a CA's remote-signing API) while
 * the PDF and CMS work stays here: see {@link signPdfPades}.
 */
export interface SigningKey {
  /** Signer certificate first, then its chain up to (and including) the CA, DER. */
  certificates: Buffer[];
  keyType: 'rsa' | 'ec';
  /**
   * SHA-256 signature over `data` (the DER signed attributes): RSA PKCS#1 v1.5, or ECDSA as DER (r, s).
   * A hash-signing service gets sha256(data).
   */
  sign(data: Buffer): Promise<Buffer>;
}

/** A certificate as the caller stores it next to a signed document. */
export interface CertificateDescription {
  subjectCommonName: string;
  /** RFC 4514-style subject, most specific first (CN=…, O=…, C=VN). */
  subject: string;
  issuerCommonName: string;
  /** Serial number, upper-case hex without separators. */
  serialNumber: string;
  notBefore: Date;
  notAfter: Date;
  /** SHA-256 of the certificate's DER, upper-case hex. */
  sha256Fingerprint: string;
}

/** What a signature inside a PDF says about itself; see {@link describeSignature}. */
export interface SignerInfo {
  subFilter: string;
  /** Claimed signing time from /M. */
  signedAt: Date | null;
  byteRange: [number, number, number, number];
  /** The ByteRange covers the whole file except the /Contents hex string (nothing appended after signing). */
  coversWholeDocument: boolean;
  /**
   * The messageDigest attribute equals the SHA-256 of the ByteRange and the CMS signature verifies with the
   * signer certificate's public key. Says nothing about trust in the certificate (no chain/revocation check).
   */
  intact: boolean;
  /** Digest of the ByteRange, e.g. 'SHA-256'. */
  digestAlgorithm: string;
  certificate: CertificateDescription;
  /** Certificates carried in the CMS (signer first), DER. */
  certificateChain: Buffer[];
}

export type SigningErrorReason =
  | 'signer_not_found'
  | 'keystore_password'
  | 'keystore_invalid'
  | 'certificate_expired'
  | 'pdf_unsupported'
  | 'signature_too_large'
  | 'signature_not_found';

/**
 * A signing failure. It is a 500 for the HTTP layer (an operator must fix the keystore); `reason` lets the
 * caller tell the cases apart and the message says what to fix. Messages carry ids, never document contents.
 */
export class SigningError extends AppError {
  constructor(readonly reason: SigningErrorReason, message: string, options: { cause?: unknown } = {}) {
    super('INTERNAL', { internal: message });
    this.name = 'SigningError';
    if (options.cause !== undefined) this.cause = options.cause;
  }
}
