import { createHash } from 'node:crypto';
import { Signer } from '@signpdf/utils';
import * as der from './der.ts';
import type { SigningKey } from './pdf-signer.ts';
import { OID, parseCertificate, signatureAlgorithmFor, type ParsedCertificate } from './x509.ts';

// CMS SignedData for PAdES baseline-B (ETSI EN 319 142-1 §6.3, CAdES EN 319 122-1): see local-pkcs12-signer.ts.

export const CMS_OID = {
  data: '1.2.840.113549.1.7.1',
  signedData: '1.2.840.113549.1.7.2',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  /** id-aa-signingCertificateV2 (RFC 5035). */
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
} as const;

/**
 * SigningCertificateV2 ::= SEQUENCE { certs SEQUENCE OF ESSCertIDv2 }
 * ESSCertIDv2 ::= SEQUENCE { hashAlgorithm DEFAULT sha256 (so omitted), certHash OCTET STRING,
 *                            issuerSerial SEQUENCE { issuer GeneralNames (directoryName [4]), serialNumber } }
 */
function signingCertificateV2(signer: ParsedCertificate): Buffer {
  const certHash = createHash('sha256').update(signer.der).digest();
  const issuerSerial = der.sequence(der.sequence(der.explicit(4, signer.issuer)), signer.serialNumber);
  return der.sequence(der.sequence(der.sequence(der.octetString(certHash), issuerSerial)));
}

const attribute = (oid: string, value: Buffer) => der.sequence(der.objectIdentifier(oid), der.setOf(value));

/**
 * Builds a detached CMS SignedData (DER) over `content`: signed attributes contentType, messageDigest (SHA-256)
 * and signingCertificateV2; no signing-time attribute (PAdES puts the claimed time in /M); all certificates of
 * the key (signer first, then its chain) in `certificates`.
 */
export async function buildCadesDetachedSignature(content: Uint8Array, key: SigningKey): Promise<Buffer> {
  const [signerDer] = key.certificates;
  if (!signerDer) throw new Error('buildCadesDetachedSignature: the key has no certificate');
  const signer = parseCertificate(signerDer);
  const digest = createHash('sha256').update(content).digest();
  const sha256 = der.sequence(der.objectIdentifier(OID.sha256)); // parameters absent (RFC 5754)

  // DER SET OF: sorted. NSS re-encodes the attributes before verifying, so the order must be the canonical one.
  const signedAttrs = der.setOf(
    attribute(CMS_OID.contentType, der.objectIdentifier(CMS_OID.data)),
    attribute(CMS_OID.messageDigest, der.octetString(digest)),
    attribute(CMS_OID.signingCertificateV2, signingCertificateV2(signer)),
  );
  // The signature covers the attributes encoded as SET (tag 0x31); in SignerInfo they sit as [0] IMPLICIT.
  const signature = await key.sign(signedAttrs);
  const signerInfo = der.sequence(
    der.integer(1),
    der.sequence(signer.issuer, signer.serialNumber), // issuerAndSerialNumber
    sha256,
    der.implicitConstructed(0, der.readTlv(signedAttrs).content),
    signatureAlgorithmFor(key.keyType),
    der.octetString(signature),
  );
  const signedData = der.sequence(
    der.integer(1),
    der.setOf(sha256),
    der.sequence(der.objectIdentifier(CMS_OID.data)), // encapContentInfo without eContent: detached
    der.implicitConstructed(0, Buffer.concat(key.certificates)),
    der.setOf(signerInfo),
  );
  return der.sequence(der.objectIdentifier(CMS_OID.signedData), der.explicit(0, signedData));
}

/** @signpdf signer producing the PAdES CMS above; @signpdf's own P12Signer (node-forge) cannot add signingCertificateV2. */
export class CadesDetachedSigner extends Signer {
  constructor(private readonly key: SigningKey) {
    super();
  }

  override async sign(pdfBuffer: Buffer): Promise<Buffer> {
    return buildCadesDetachedSignature(pdfBuffer, this.key);
  }
}
