// Minimal DER writer/reader for the few structures we build (X.509 certificates, CMS SignedData).
// Hand-rolled on purpose: pkijs ships its own asn1js (v3) while the workspace depends on asn1js v4, and mixing the
// two breaks pkijs' instanceof checks; a 100-line encoder avoids that and keeps every byte under our control.
// pkijs is used only to *parse* (describe-signature.ts).

function encodeLength(length: number): Buffer {
  if (length < 0x80) return Buffer.of(length);
  const bytes: number[] = [];
  for (let n = length; n > 0; n = Math.floor(n / 256)) bytes.unshift(n & 0xff);
  return Buffer.from([0x80 | bytes.length, ...bytes]);
}

export function tlv(tag: number, content: Uint8Array): Buffer {
  return Buffer.concat([Buffer.of(tag), encodeLength(content.length), content]);
}

export const sequence = (...items: Uint8Array[]) => tlv(0x30, Buffer.concat(items));
/** SET OF: DER sorts the members by their encodings (X.690 §11.6). */
export const setOf = (...items: Uint8Array[]) => tlv(0x31, Buffer.concat([...items].map((i) => Buffer.from(i)).sort(Buffer.compare)));
export const octetString = (bytes: Uint8Array) => tlv(0x04, bytes);
export const nullValue = () => Buffer.of(0x05, 0x00);
export const boolean = (value: boolean) => Buffer.of(0x01, 0x01, value ? 0xff : 0x00);
export const utf8String = (text: string) => tlv(0x0c, Buffer.from(text, 'utf8'));
export const printableString = (text: string) => tlv(0x13, Buffer.from(text, 'latin1'));
/** [n] EXPLICIT (constructed, context-specific). */
export const explicit = (n: number, inner: Uint8Array) => tlv(0xa0 | n, inner);
/** [n] IMPLICIT over a constructed type: same content, new tag. */
export const implicitConstructed = (n: number, content: Uint8Array) => tlv(0xa0 | n, content);

/** INTEGER from unsigned big-endian bytes (adds a 0x00 byte when the high bit is set). */
export function integer(unsigned: Uint8Array | number): Buffer {
  let bytes = typeof unsigned === 'number' ? Buffer.of(unsigned) : Buffer.from(unsigned);
  let i = 0;
  while (i < bytes.length - 1 && bytes[i] === 0 && bytes[i + 1]! < 0x80) i++;
  bytes = bytes.subarray(i);
  if (bytes[0]! >= 0x80) bytes = Buffer.concat([Buffer.of(0), bytes]);
  return tlv(0x02, bytes);
}

export function bitString(bytes: Uint8Array, unusedBits = 0): Buffer {
  return tlv(0x03, Buffer.concat([Buffer.of(unusedBits), bytes]));
}

export function objectIdentifier(oid: string): Buffer {
  const parts = oid.split('.').map(Number);
  const out: number[] = [parts[0]! * 40 + parts[1]!];
  for (const part of parts.slice(2)) {
    const chunk: number[] = [part & 0x7f];
    for (let n = Math.floor(part / 128); n > 0; n = Math.floor(n / 128)) chunk.unshift(0x80 | (n & 0x7f));
    out.push(...chunk);
  }
  return tlv(0x06, Buffer.from(out));
}

/** RFC 5280 Time: UTCTime until 2049, GeneralizedTime after. */
export function time(date: Date): Buffer {
  const iso = date.toISOString(); // 2026-01-02T03:04:05.000Z
  const digits = iso.slice(0, 19).replace(/[-T:]/g, '');
  return date.getUTCFullYear() < 2050 ? tlv(0x17, Buffer.from(`${digits.slice(2)}Z`, 'latin1')) : tlv(0x18, Buffer.from(`${digits}Z`, 'latin1'));
}

export interface Tlv {
  tag: number;
  /** The whole element, header included. */
  bytes: Buffer;
  content: Buffer;
}

export function readTlv(buffer: Buffer, offset = 0): Tlv {
  const tag = buffer[offset];
  const first = buffer[offset + 1];
  if (tag === undefined || first === undefined) throw new Error('DER: truncated element');
  let length = first;
  let header = 2;
  if (first & 0x80) {
    const n = first & 0x7f;
    if (n === 0 || n > 4) throw new Error('DER: unsupported length');
    length = 0;
    for (let i = 0; i < n; i++) length = length * 256 + buffer[offset + 2 + i]!;
    header += n;
  }
  const end = offset + header + length;
  if (end > buffer.length) throw new Error('DER: element runs past the end');
  return { tag, bytes: buffer.subarray(offset, end), content: buffer.subarray(offset + header, end) };
}

export function children(parent: Tlv): Tlv[] {
  const out: Tlv[] = [];
  for (let offset = 0; offset < parent.content.length; ) {
    const child = readTlv(parent.content, offset);
    out.push(child);
    offset += child.bytes.length;
  }
  return out;
}
