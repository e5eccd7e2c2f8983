// Digital signatures on official documents (PAdES baseline-B). The document store signs through `PdfSigner`;
// `LocalPkcs12Signer` is the on-premises implementation, a remote signing service can replace it.
export type { CertificateDescription, PdfSigner, SignerInfo, SigningErrorReason, SigningKey, SignRequest } from './pdf-signer.ts';
export { SigningError } from './pdf-signer.ts';
export { LocalPkcs12Signer, type LocalPkcs12SignerOptions } from './local-pkcs12-signer.ts';
export { DEMO_CA_NAME, ensureDemoKeystore, type DemoAgency, type DemoKeystoreOptions, type DemoKeystoreReport } from './demo-ca.ts';
export { describeSignature } from './describe-signature.ts';
export { signPdfPades, type PadesOptions } from './pades.ts';
export { caCertificatePath } from './keystore.ts';
