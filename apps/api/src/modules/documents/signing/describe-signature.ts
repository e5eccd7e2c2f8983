import { createHash, createPublicKey, verify } from 'node:crypto';
import * as pkijs from 'pkijs';
import { CMS_OID } from './cades.ts';
import { SigningError, type SignerInfo } from './pdf-signer.ts';
import { describeCertificate, OID } from './x509.ts';

const HASHES: Record<string, string> = { [OID.sha256]: 'sha256', '2.16.840.1.101.3.4.2.2': 'sha384', '2.16.840.1.101.3.4.2.3': 'sha512' };

/** Length of the DER element at the start of `bytes` (the /Contents hex string is zero-padded). */
function derLength(bytes: Buffer): number {
  const first = bytes[1] ?? 0;
  if (first < 0x80) return 2 + first;
  const n = first & 0x7f;
  let len = 0;
  for (let i = 0; i < n; i++) len = len * 256 + (bytes[2 + i] ?? 0);
  return 2 + n + len;
}

/** PDF date `D:YYYYMMDDHHmmSSOHH'mm'` → Date. */
export function parsePdfDate(text: string): Date | null {
  const m = /^D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?([Zz+-])?(\d{2})?'?(\d{2})?'?$/.exec(text.trim());
  if (!m) return null;
  const [, y, mo = '01', d = '01', h = '00', mi = '00', s = '00', sign, oh = '00', om = '00'] = m;
  const utc = Date.UTC(+y!, +mo - 1, +d, +h, +mi, +s);
  const offset = sign === '+' || sign === '-' ? (sign === '+' ? 1 : -1) * (+oh * 60 + +om) * 60_000 : 0;
  return new Date(utc - offset);
}

/**
 * Reads the last signature of a signed PDF: ByteRange, SubFilter, /M, the signer certificate, and whether the
 * signature is intact (digest of the ByteRange and CMS signature both check out). No trust/revocation check: that
 * is the reader's job (pdfsig, Adobe) against a trust store holding the CA.
 */
export function describeSignature(pdf: Buffer): SignerInfo {
  const brAt = pdf.lastIndexOf('/ByteRange');
  const brMatch = brAt >= 0 ? /^\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/.exec(pdf.subarray(brAt, brAt + 80).toString('latin1')) : null;
  if (!brMatch) throw new SigningError('signature_not_found', 'The PDF carries no signature (no /ByteRange)');
  const byteRange = brMatch.slice(1, 5).map(Number) as [number, number, number, number];
  const [a, b, c, d] = byteRange;
  if (a !== 0 || c <= b || c + d > pdf.length || pdf[b] !== 0x3c || pdf[c - 1] !== 0x3e) {
    throw new SigningError('signature_not_found', 'The PDF signature has an invalid /ByteRange');
  }
  const contentsHex = pdf.subarray(b + 1, c - 1).toString('latin1');
  const cmsPadded = Buffer.from(contentsHex, 'hex');
  const cms = cmsPadded.subarray(0, derLength(cmsPadded));

  const dictStart = pdf.lastIndexOf(' obj', brAt);
  const dictEnd = pdf.indexOf('endobj', c);
  const dict = Buffer.concat([pdf.subarray(Math.max(0, dictStart), b), pdf.subarray(c, dictEnd < 0 ? c + 4096 : dictEnd)]).toString('latin1');
  const subFilter = /\/SubFilter\s*\/([^\s/<>[\]()]+)/.exec(dict)?.[1] ?? '';
  const m = /\/M\s*\((D:[^)]*)\)/.exec(dict)?.[1];

  const contentInfo = pkijs.ContentInfo.fromBER(cms);
  if (contentInfo.contentType !== CMS_OID.signedData) throw new SigningError('signature_not_found', 'The PDF signature is not a CMS SignedData');
  const signedData = new pkijs.SignedData({ schema: contentInfo.content });
  const signerInfo = signedData.signerInfos[0];
  const certificates = (signedData.certificates ?? []).filter((x): x is pkijs.Certificate => x instanceof pkijs.Certificate);
  if (!signerInfo || !(signerInfo.sid instanceof pkijs.IssuerAndSerialNumber)) throw new SigningError('signature_not_found', 'The CMS has no signer identified by issuer and serial');
  const sid = signerInfo.sid;
  const signer = certificates.find((x) => x.serialNumber.isEqual(sid.serialNumber) && x.issuer.isEqual(sid.issuer));
  if (!signer) throw new SigningError('signature_not_found', 'The CMS does not carry its signer certificate');
  const signerDer = Buffer.from(signer.toSchema().toBER(false));
  const chain = [signerDer, ...certificates.filter((x) => x !== signer).map((x) => Buffer.from(x.toSchema().toBER(false)))];

  const hash = HASHES[signerInfo.digestAlgorithm.algorithmId];
  let intact = false;
  if (hash && signerInfo.signedAttrs) {
    const signedBytes = Buffer.concat([pdf.subarray(a, a + b), pdf.subarray(c, c + d)]);
    const digest = createHash(hash).update(signedBytes).digest();
    const messageDigest = signerInfo.signedAttrs.attributes.find((x) => x.type === CMS_OID.messageDigest)?.values[0];
    // pkijs parses with its own asn1js copy: read the OCTET STRING by shape, not instanceof.
    const digestBytes = (messageDigest as { valueBlock?: { valueHexView?: Uint8Array } } | undefined)?.valueBlock?.valueHexView;
    const digestOk = !!digestBytes && Buffer.from(digestBytes).equals(digest);
    const publicKey = createPublicKey({ key: Buffer.from(signer.subjectPublicKeyInfo.toSchema().toBER(false)), format: 'der', type: 'spki' });
    const signatureOk = verify(hash, new Uint8Array(signerInfo.signedAttrs.encodedValue), publicKey, Buffer.from(signerInfo.signature.valueBlock.valueHexView));
    intact = digestOk && signatureOk;
  }
  return {
    subFilter,
    signedAt: m ? parsePdfDate(m) : null,
    byteRange,
    coversWholeDocument: c + d === pdf.length,
    intact,
    digestAlgorithm: hash ? hash.replace('sha', 'SHA-') : signerInfo.digestAlgorithm.algorithmId,
    certificate: describeCertificate(signerDer),
    certificateChain: chain,
  };
}
