import { plainAddPlaceholder } from '@signpdf/placeholder-plain';
import { SUBFILTER_ETSI_CADES_DETACHED } from '@signpdf/utils';
import { SigningError } from './pdf-signer.ts';

export interface PlaceholderInput {
  reason: string;
  location: string;
  name: string;
  contactInfo?: string;
  signingTime: Date;
  /** Bytes reserved for the CMS (the hex string is twice as long). */
  signatureLength: number;
  appName?: string;
}

const TEXT_FIELDS = { reason: 'R', location: 'L', name: 'N', contactInfo: 'C' } as const;
type TextField = keyof typeof TEXT_FIELDS;

/** PDF text string as a hex string in UTF-16BE with BOM: `<FEFF…>`; exact for any Unicode text. */
function utf16HexString(text: string): string {
  const utf16be = Buffer.from(text, 'utf16le').swap16();
  return `<FEFF${utf16be.toString('hex').toUpperCase()}>`;
}

/**
 * Adds the signature dictionary (SubFilter ETSI.CAdES.detached, /Name /Reason /Location /M), an invisible
 * widget and the AcroForm as an incremental update (@signpdf/placeholder-plain: classic xref tables, as
 * pdfkit/pdfmake write them).
 *
 * Work-around: placeholder-plain writes non-ASCII strings as UTF-16 bytes re-encoded in UTF-8, which readers show
 * as garbage (e.g. "Sở Tư pháp"). So each text goes in as an ASCII marker whose literal `(~…~)` has exactly the
 * length of the final `<FEFF…>` hex string, and the marker is swapped afterwards: same length, xref offsets hold.
 */
export function addSignaturePlaceholder(pdf: Buffer, input: PlaceholderInput): Buffer {
  const texts: Record<TextField, string> = {
    reason: input.reason.normalize('NFC'),
    location: input.location.normalize('NFC'),
    name: input.name.normalize('NFC'),
    contactInfo: (input.contactInfo ?? '').normalize('NFC'),
  };
  const markers = {} as Record<TextField, string>;
  for (const field of Object.keys(TEXT_FIELDS) as TextField[]) {
    const text = texts[field];
    // <FEFF + 4 hex digits per UTF-16 unit + > is 6 + 4n bytes; (marker) is 2 + marker length.
    markers[field] = text ? `~${TEXT_FIELDS[field]}${'~'.repeat(4 + 4 * text.length - 2)}` : '';
  }
  let out: Buffer;
  try {
    out = plainAddPlaceholder({
      pdfBuffer: pdf,
      reason: markers.reason,
      location: markers.location,
      name: markers.name,
      contactInfo: markers.contactInfo,
      signingTime: input.signingTime,
      signatureLength: input.signatureLength,
      subFilter: SUBFILTER_ETSI_CADES_DETACHED,
      ...(input.appName ? { appName: input.appName } : {}),
    });
  } catch (e) {
    throw new SigningError('pdf_unsupported', `Cannot add a signature field to this PDF (needs a classic xref table): ${e instanceof Error ? e.message : String(e)}`, { cause: e });
  }
  for (const field of Object.keys(TEXT_FIELDS) as TextField[]) {
    if (!markers[field]) continue;
    const literal = Buffer.from(`(${markers[field]})`, 'latin1');
    const at = out.lastIndexOf(literal);
    const hex = Buffer.from(utf16HexString(texts[field]), 'latin1');
    if (at < pdf.length - 1 || hex.length !== literal.length) {
      throw new SigningError('pdf_unsupported', `Signature placeholder: could not place /${field}`);
    }
    hex.copy(out, at);
  }
  return out;
}
