import { createHash, createPublicKey, randomBytes, sign as cryptoSign, type KeyObject } from 'node:crypto';
import * as der from './der.ts';
import type { CertificateDescription } from './pdf-signer.ts';

// X.509 certificates built as DER and signed with Node's crypto; read back with the same small DER reader.

export const OID = {
  commonName: '2.5.4.3',
  countryName: '2.5.4.6',
  localityName: '2.5.4.7',
  organizationName: '2.5.4.10',
  organizationalUnitName: '2.5.4.11',
  basicConstraints: '2.5.29.19',
  keyUsage: '2.5.29.15',
  extKeyUsage: '2.5.29.37',
  subjectKeyIdentifier: '2.5.29.14',
  authorityKeyIdentifier: '2.5.29.35',
  emailProtection: '1.3.6.1.5.5.7.3.4',
  /** id-kp-documentSigning (RFC 9336). */
  documentSigning: '1.3.6.1.5.5.7.3.36',
  sha256: '2.16.840.1.101.3.4.2.1',
  sha256WithRSAEncryption: '1.2.840.113549.1.1.11',
  ecdsaWithSHA256: '1.2.840.10045.4.3.2',
} as const;

const ATTRIBUTE_LABELS: Record<string, string> = {
  [OID.commonName]: 'CN', [OID.countryName]: 'C', [OID.localityName]: 'L', [OID.organizationName]: 'O',
  [OID.organizationalUnitName]: 'OU', '2.5.4.8': 'ST', '2.5.4.5': 'serialNumber', '0.9.2342.19200300.100.1.1': 'UID',
  '1.2.840.113549.1.9.1': 'E',
};

export interface NameParts {
  commonName: string;
  organization?: string;
  organizationalUnit?: string;
  locality?: string;
  country?: string;
}

/** Distinguished name, one attribute per RDN; country as PrintableString (RFC 5280), the rest UTF8String. */
export function buildName(parts: NameParts): Buffer {
  const rdn = (oid: string, value: Buffer) => der.setOf(der.sequence(der.objectIdentifier(oid), value));
  const rdns: Buffer[] = [];
  if (parts.country) rdns.push(rdn(OID.countryName, der.printableString(parts.country)));
  for (const [oid, value] of [
    [OID.organizationName, parts.organization],
    [OID.organizationalUnitName, parts.organizationalUnit],
    [OID.localityName, parts.locality],
    [OID.commonName, parts.commonName],
  ] as const) {
    if (value) rdns.push(rdn(oid, der.utf8String(value.normalize('NFC'))));
  }
  return der.sequence(...rdns);
}

/** Signature AlgorithmIdentifier for a key: sha256WithRSAEncryption (NULL parameters) or ecdsa-with-SHA256. */
export function signatureAlgorithmFor(keyType: 'rsa' | 'ec'): Buffer {
  return keyType === 'rsa'
    ? der.sequence(der.objectIdentifier(OID.sha256WithRSAEncryption), der.nullValue())
    : der.sequence(der.objectIdentifier(OID.ecdsaWithSHA256));
}

export function keyTypeOf(key: KeyObject): 'rsa' | 'ec' {
  if (key.asymmetricKeyType === 'rsa' || key.asymmetricKeyType === 'ec') return key.asymmetricKeyType;
  throw new Error(`Unsupported key type ${key.asymmetricKeyType ?? 'unknown'}; use RSA or EC`);
}

/** SHA-256 signature with Node's crypto: PKCS#1 v1.5 for RSA, DER (r, s) for ECDSA, as CMS and X.509 expect. */
export function signSha256(data: Uint8Array, key: KeyObject): Buffer {
  return cryptoSign('sha256', data, key);
}

/** The parts of a certificate we need to issue or reference it. */
export interface ParsedCertificate {
  der: Buffer;
  serialNumber: Buffer; // INTEGER element
  issuer: Buffer; // Name element
  subject: Buffer; // Name element
  notBefore: Date;
  notAfter: Date;
  subjectPublicKeyInfo: Buffer;
  /** Value of the subjectPublicKey BIT STRING (without the unused-bits byte). */
  publicKeyBits: Buffer;
}

function decodeOid(content: Buffer): string {
  const parts = [Math.floor(content[0]! / 40), content[0]! % 40];
  let n = 0;
  for (const byte of content.subarray(1)) {
    n = n * 128 + (byte & 0x7f);
    if (!(byte & 0x80)) {
      parts.push(n);
      n = 0;
    }
  }
  return parts.join('.');
}

function decodeTime(t: der.Tlv): Date {
  const s = t.content.toString('latin1');
  const full = t.tag === 0x17 ? `${+s.slice(0, 2) >= 50 ? '19' : '20'}${s}` : s;
  return new Date(Date.UTC(+full.slice(0, 4), +full.slice(4, 6) - 1, +full.slice(6, 8), +full.slice(8, 10), +full.slice(10, 12), +full.slice(12, 14)));
}

export function parseCertificate(bytes: Uint8Array): ParsedCertificate {
  const buffer = Buffer.from(bytes);
  const cert = der.readTlv(buffer);
  const [tbs] = der.children(cert);
  if (cert.tag !== 0x30 || !tbs) throw new Error('Not an X.509 certificate');
  const fields = der.children(tbs);
  const i = fields[0]?.tag === 0xa0 ? 1 : 0;
  const [serial, , issuer, validity, subject, spki] = fields.slice(i);
  if (!serial || !issuer || !validity || !subject || !spki) throw new Error('Truncated X.509 certificate');
  const [notBefore, notAfter] = der.children(validity);
  const publicKey = der.children(spki)[1];
  return {
    der: Buffer.from(cert.bytes),
    serialNumber: serial.bytes,
    issuer: issuer.bytes,
    subject: subject.bytes,
    notBefore: decodeTime(notBefore!),
    notAfter: decodeTime(notAfter!),
    subjectPublicKeyInfo: spki.bytes,
    publicKeyBits: publicKey!.content.subarray(1),
  };
}

function keyIdentifier(publicKeyBits: Buffer): Buffer {
  // RFC 5280 §4.2.1.2 method (1): SHA-1 of the subjectPublicKey BIT STRING value.
  return createHash('sha1').update(publicKeyBits).digest();
}

function extension(oid: string, critical: boolean, value: Buffer): Buffer {
  return der.sequence(der.objectIdentifier(oid), ...(critical ? [der.boolean(true)] : []), der.octetString(value));
}

const KEY_USAGE = { digitalSignature: 0, nonRepudiation: 1, keyCertSign: 5, cRLSign: 6 } as const;

function keyUsage(usages: (keyof typeof KEY_USAGE)[]): Buffer {
  let byte = 0;
  let highest = 0;
  for (const u of usages) {
    byte |= 0x80 >> KEY_USAGE[u];
    highest = Math.max(highest, KEY_USAGE[u]);
  }
  return der.bitString(Buffer.of(byte), 7 - highest);
}

function randomSerial(): Buffer {
  const bytes = randomBytes(16);
  bytes[0] = (bytes[0]! & 0x7f) | 0x10; // positive, 16 significant bytes
  return der.integer(bytes);
}

export interface IssueCertificateInput {
  subject: NameParts;
  subjectPublicKey: KeyObject;
  notBefore: Date;
  notAfter: Date;
  /** Absent: self-signed with `selfSigningKey`. */
  issuer?: { certificate: ParsedCertificate; privateKey: KeyObject };
  selfSigningKey?: KeyObject;
  profile: 'ca' | 'document-signer';
}

/** Builds and signs an X.509 v3 certificate; returns its DER. */
export function issueCertificate(input: IssueCertificateInput): Buffer {
  const signingKey = input.issuer?.privateKey ?? input.selfSigningKey;
  if (!signingKey) throw new Error('issueCertificate: an issuer or a self-signing key is required');
  const spki = createPublicKey(input.subjectPublicKey).export({ type: 'spki', format: 'der' });
  const spkiBits = der.children(der.readTlv(spki))[1]!.content.subarray(1);
  const subject = buildName(input.subject);
  const ski = keyIdentifier(spkiBits);
  const aki = input.issuer ? keyIdentifier(input.issuer.certificate.publicKeyBits) : ski;

  const extensions = [
    extension(OID.subjectKeyIdentifier, false, der.octetString(ski)),
    extension(OID.authorityKeyIdentifier, false, der.sequence(der.tlv(0x80, aki))), // keyIdentifier [0] IMPLICIT
  ];
  if (input.profile === 'ca') {
    extensions.push(extension(OID.basicConstraints, true, der.sequence(der.boolean(true))));
    extensions.push(extension(OID.keyUsage, true, keyUsage(['keyCertSign', 'cRLSign'])));
  } else {
    extensions.push(extension(OID.basicConstraints, false, der.sequence()));
    extensions.push(extension(OID.keyUsage, true, keyUsage(['digitalSignature', 'nonRepudiation'])));
    // emailProtection: what NSS (pdfsig, Firefox, LibreOffice) requires of a document signer;
    // documentSigning: RFC 9336, accepted by Adobe.
    extensions.push(extension(OID.extKeyUsage, false, der.sequence(der.objectIdentifier(OID.emailProtection), der.objectIdentifier(OID.documentSigning))));
  }

  const algorithm = signatureAlgorithmFor(keyTypeOf(signingKey));
  const tbs = der.sequence(
    der.explicit(0, der.integer(2)), // v3
    randomSerial(),
    algorithm,
    input.issuer ? input.issuer.certificate.subject : subject,
    der.sequence(der.time(input.notBefore), der.time(input.notAfter)),
    subject,
    spki,
    der.explicit(3, der.sequence(...extensions)),
  );
  return der.sequence(tbs, algorithm, der.bitString(signSha256(tbs, signingKey)));
}

function decodeString(t: der.Tlv): string {
  switch (t.tag) {
    case 0x0c: return t.content.toString('utf8'); // UTF8String
    case 0x1e: return Buffer.from(t.content).swap16().toString('utf16le'); // BMPString
    default: return t.content.toString('latin1'); // Printable, IA5, Teletex (best effort)
  }
}

/** Name → [[oid, value], …] in encoding order (most general first). */
export function readName(name: Buffer): [string, string][] {
  const out: [string, string][] = [];
  for (const rdn of der.children(der.readTlv(name))) {
    for (const atv of der.children(rdn)) {
      const [oid, value] = der.children(atv);
      if (oid && value) out.push([decodeOid(oid.content), decodeString(value)]);
    }
  }
  return out;
}

const escapeRdn = (value: string) => value.replace(/([,+"\\<>;=])/g, '\\$1');

export function describeCertificate(bytes: Uint8Array): CertificateDescription {
  const cert = parseCertificate(bytes);
  const subject = readName(cert.subject);
  const issuer = readName(cert.issuer);
  const cn = (name: [string, string][]) => name.findLast(([oid]) => oid === OID.commonName)?.[1] ?? '';
  return {
    subjectCommonName: cn(subject),
    subject: [...subject].reverse().map(([oid, value]) => `${ATTRIBUTE_LABELS[oid] ?? oid}=${escapeRdn(value)}`).join(', '),
    issuerCommonName: cn(issuer),
    serialNumber: der.readTlv(cert.serialNumber).content.toString('hex').replace(/^(00)+(?=.)/, '').toUpperCase(),
    notBefore: cert.notBefore,
    notAfter: cert.notAfter,
    sha256Fingerprint: createHash('sha256').update(cert.der).digest('hex').toUpperCase(),
  };
}

export function toPem(bytes: Uint8Array, label = 'CERTIFICATE'): string {
  const b64 = Buffer.from(bytes).toString('base64').replace(/.{64}/g, '$&\n').replace(/\n$/, '');
  return `-----BEGIN ${label}-----\n${b64}\n-----END ${label}-----\n`;
}

export function fromPem(pem: string, label = 'CERTIFICATE'): Buffer[] {
  const re = new RegExp(`-----BEGIN ${label}-----([A-Za-z0-9+/=\\s]+)-----END ${label}-----`, 'g');
  return [...pem.matchAll(re)].map((m) => Buffer.from(m[1]!.replace(/\s+/g, ''), 'base64'));
}
