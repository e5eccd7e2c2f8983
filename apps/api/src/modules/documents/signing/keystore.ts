import { createHash, createHmac, createPrivateKey, createPublicKey, randomBytes, X509Certificate, type KeyObject } from 'node:crypto';
import { mkdir, rename, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import forge from 'node-forge';
import * as der from './der.ts';
import { SigningError } from './pdf-signer.ts';

// Keystore layout on disk (shared by the demo CA generator and the local signer):
//   <dir>/ca.pem                   the CA certificate (PEM; import it into a trust store to trust our signatures)
//   <dir>/ca-key.pem               the CA private key, encrypted PKCS#8 (the keystore password); demo only
//   <dir>/agencies/<agencyId>.p12  one PKCS#12 per agency: key + agency certificate + CA certificate

const AGENCY_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;

export function assertAgencyId(agencyId: string): void {
  if (!AGENCY_ID.test(agencyId)) throw new SigningError('signer_not_found', `Invalid agency id for the keystore: ${JSON.stringify(agencyId.slice(0, 64))}`);
}

export const caCertificatePath = (dir: string) => join(dir, 'ca.pem');
export const caKeyPath = (dir: string) => join(dir, 'ca-key.pem');
export const agencyP12Path = (dir: string, agencyId: string) => {
  assertAgencyId(agencyId);
  return join(dir, 'agencies', `${agencyId}.p12`);
};

export async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw e;
  }
}

/** Write to a temporary file then rename, so a crash never leaves a half-written key or certificate. */
export async function writeFileAtomic(path: string, data: string | Uint8Array, mode: number): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  await writeFile(tmp, data, { mode });
  await rename(tmp, path);
}

export interface SigningIdentity {
  privateKey: KeyObject;
  /** Signer certificate first, then the rest of the chain (DER). */
  certificates: Buffer[];
}

const binary = (b: Uint8Array) => Buffer.from(b).toString('binary');

const P12_OID = {
  data: '1.2.840.113549.1.7.1',
  certBag: '1.2.840.113549.1.12.10.1.3',
  pkcs8ShroudedKeyBag: '1.2.840.113549.1.12.10.1.2',
  x509Certificate: '1.2.840.113549.1.9.22.1',
  friendlyName: '1.2.840.113549.1.9.20',
  localKeyId: '1.2.840.113549.1.9.21',
  sha256: '2.16.840.1.101.3.4.2.1',
};
const MAC_ITERATIONS = 2048;

/** RFC 7292 appendix B.2 key derivation with SHA-256 (u = 32, v = 64), used for the PKCS#12 MAC key. */
function pkcs12Kdf(password: string, salt: Buffer, id: number, iterations: number, length: number): Buffer {
  const v = 64;
  const bmp = Buffer.concat([Buffer.from(password, 'utf16le').swap16(), Buffer.alloc(2)]);
  const fill = (b: Buffer) => (b.length === 0 ? Buffer.alloc(0) : Buffer.alloc(v * Math.ceil(b.length / v), b));
  const I = Buffer.concat([fill(salt), fill(bmp)]);
  const D = Buffer.alloc(v, id);
  const out: Buffer[] = [];
  for (let produced = 0; produced < length; ) {
    let A = createHash('sha256').update(D).update(I).digest();
    for (let r = 1; r < iterations; r++) A = createHash('sha256').update(A).digest();
    out.push(A);
    produced += A.length;
    const B = Buffer.alloc(v, A);
    for (let j = 0; j < I.length; j += v) {
      let carry = 1;
      for (let k = v - 1; k >= 0; k--) {
        const sum = I[j + k]! + B[k]! + carry;
        I[j + k] = sum & 0xff;
        carry = sum >> 8;
      }
    }
  }
  return Buffer.concat(out).subarray(0, length);
}

const bagAttribute = (oid: string, value: Buffer) => der.sequence(der.objectIdentifier(oid), der.setOf(value));
const dataContentInfo = (content: Buffer) => der.sequence(der.objectIdentifier(P12_OID.data), der.explicit(0, der.octetString(content)));

/**
 * Packs key and chain into a PKCS#12 the way OpenSSL 3 does by default, readable by OpenSSL, Windows, macOS and
 * Adobe: key in a PBES2 shrouded bag (PBKDF2-HMAC-SHA256, AES-256-CBC, 2048 rounds, encrypted by Node/OpenSSL),
 * certificates in a plain bag, HMAC-SHA256 integrity. Works for RSA and EC keys; fast and off the JS heap.
 * Keep passwords ASCII (PKCS#12 tools disagree on how to encode others).
 */
export function createPkcs12(identity: SigningIdentity, password: string, friendlyName: string): Buffer {
  const [signerDer] = identity.certificates;
  if (!signerDer) throw new Error('createPkcs12: no certificate');
  const localKeyId = bagAttribute(P12_OID.localKeyId, der.octetString(createHash('sha1').update(signerDer).digest()));
  const name = bagAttribute(P12_OID.friendlyName, der.tlv(0x1e, Buffer.from(friendlyName, 'utf16le').swap16()));
  const certBags = identity.certificates.map((certDer, i) =>
    der.sequence(
      der.objectIdentifier(P12_OID.certBag),
      der.explicit(0, der.sequence(der.objectIdentifier(P12_OID.x509Certificate), der.explicit(0, der.octetString(certDer)))),
      ...(i === 0 ? [der.setOf(name, localKeyId)] : []),
    ),
  );
  const encryptedKey = identity.privateKey.export({ type: 'pkcs8', format: 'der', cipher: 'aes-256-cbc', passphrase: password });
  const keyBag = der.sequence(der.objectIdentifier(P12_OID.pkcs8ShroudedKeyBag), der.explicit(0, encryptedKey), der.setOf(name, localKeyId));
  const authenticatedSafe = der.sequence(dataContentInfo(der.sequence(...certBags)), dataContentInfo(der.sequence(keyBag)));

  const salt = randomBytes(16);
  const macKey = pkcs12Kdf(password, salt, 3, MAC_ITERATIONS, 32);
  const mac = createHmac('sha256', macKey).update(authenticatedSafe).digest();
  const macData = der.sequence(
    der.sequence(der.sequence(der.objectIdentifier(P12_OID.sha256), der.nullValue()), der.octetString(mac)),
    der.octetString(salt),
    der.integer(Buffer.from(MAC_ITERATIONS.toString(16).padStart(4, '0'), 'hex')),
  );
  return der.sequence(der.integer(3), dataContentInfo(authenticatedSafe), macData);
}

/** Reads a PKCS#12: refuses a wrong password with a clear error; returns the key and the chain, signer first. */
export function readPkcs12(p12: Buffer, password: string, label: string): SigningIdentity {
  let parsed: forge.pkcs12.Pkcs12Pfx;
  try {
    parsed = forge.pkcs12.pkcs12FromAsn1(forge.asn1.fromDer(binary(p12)), false, password);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    if (/MAC could not be verified|Invalid password|wrong password/i.test(message)) {
      throw new SigningError('keystore_password', `Wrong password for the PKCS#12 keystore of ${label} (check SIGNING_P12_PASSWORD)`, { cause: e });
    }
    throw new SigningError('keystore_invalid', `Cannot read the PKCS#12 keystore of ${label}: ${message}`, { cause: e });
  }
  const keyBags = [
    ...(parsed.getBags({ bagType: forge.pki.oids.pkcs8ShroudedKeyBag! })[forge.pki.oids.pkcs8ShroudedKeyBag!] ?? []),
    ...(parsed.getBags({ bagType: forge.pki.oids.keyBag! })[forge.pki.oids.keyBag!] ?? []),
  ];
  const keyBag = keyBags[0];
  if (!keyBag) throw new SigningError('keystore_invalid', `The PKCS#12 keystore of ${label} holds no private key`);
  const privateKey = keyBag.key
    ? createPrivateKey(forge.pki.privateKeyToPem(keyBag.key))
    : createPrivateKey({ key: Buffer.from(forge.asn1.toDer(keyBag.asn1!).getBytes(), 'binary'), format: 'der', type: 'pkcs8' });

  const certBags = parsed.getBags({ bagType: forge.pki.oids.certBag! })[forge.pki.oids.certBag!] ?? [];
  const certificates = certBags.map((bag) =>
    Buffer.from(forge.asn1.toDer(bag.cert ? forge.pki.certificateToAsn1(bag.cert) : bag.asn1!).getBytes(), 'binary'),
  );
  // Put the certificate matching the key first (PKCS#12 does not order its bags).
  const publicKey = createPublicKey(privateKey).export({ type: 'spki', format: 'der' });
  const signerIndex = certificates.findIndex((der) => new X509Certificate(der).publicKey.export({ type: 'spki', format: 'der' }).equals(publicKey));
  if (signerIndex < 0) throw new SigningError('keystore_invalid', `The PKCS#12 keystore of ${label} holds no certificate for its private key`);
  const [signer] = certificates.splice(signerIndex, 1);
  return { privateKey, certificates: [signer!, ...certificates] };
}
