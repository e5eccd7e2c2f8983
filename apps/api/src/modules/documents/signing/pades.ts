import { SignPdf } from '@signpdf/signpdf';
import { SignPdfError } from '@signpdf/utils';
import { CadesDetachedSigner } from './cades.ts';
import { addSignaturePlaceholder } from './pdf-placeholder.ts';
import { SigningError, type SigningKey, type SignRequest } from './pdf-signer.ts';

export interface PadesOptions {
  /** Bytes reserved in /Contents for the CMS; 8192 fits a 2-certificate RSA chain with room to spare. */
  signatureLength?: number;
}

/**
 * Signs `pdf` with `key` as a PAdES baseline-B signature (see local-pkcs12-signer.ts for the profile). Shared by
 * every PdfSigner whose key can sign bytes: the local PKCS#12 one, or an HSM / remote hash-signing service.
 * Errors from `key.sign` propagate unchanged.
 */
export async function signPdfPades(pdf: Buffer, request: SignRequest, key: SigningKey, options: PadesOptions = {}): Promise<Buffer> {
  const prepared = addSignaturePlaceholder(pdf, {
    reason: request.reason,
    location: request.location,
    name: request.signerName ?? request.agencyName,
    signingTime: request.signedAt,
    signatureLength: options.signatureLength ?? 8192,
    appName: 'MotCua',
  });
  try {
    return await new SignPdf().sign(prepared, new CadesDetachedSigner(key), request.signedAt);
  } catch (e) {
    if (!(e instanceof SignPdfError)) throw e;
    if (e.message.includes('exceeds placeholder')) throw new SigningError('signature_too_large', `${e.message}; raise signatureLength`, { cause: e });
    throw new SigningError('pdf_unsupported', `Cannot sign this PDF: ${e.message}`, { cause: e });
  }
}
