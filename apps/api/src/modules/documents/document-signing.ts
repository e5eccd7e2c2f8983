import type { Config } from '../../config.ts';
import type { Clock } from '../../platform/clock.ts';
import { ensureDemoKeystore, LocalPkcs12Signer, SigningError, type PdfSigner } from './signing/index.ts';

export interface SigningAgency {
  unitId: string;
  code: string;
  name: string;
}

export interface SignOutcome {
  pdf: Buffer;
  signed: boolean;
  signerName: string | null;
}

const YEAR = 365 * 86_400_000;

/**
 * Signs documents as their issuing agency. Outside production the demo certificate authority issues an agency's
 * certificate the first time it signs; in production the agency's PKCS#12 must be in the keystore (or a remote
 * signing service configured in place of the local signer).
 */
export class DocumentSigning {
  private readonly ensured = new Map<string, Promise<unknown>>();

  constructor(
    private readonly config: Pick<Config, 'signing' | 'env'>,
    private readonly clock: Clock,
    private readonly signer: PdfSigner = new LocalPkcs12Signer({ dir: config.signing.dir, password: config.signing.p12Password }),
  ) {}

  private ensureDemoKey(agency: SigningAgency): Promise<unknown> {
    if (this.config.env === 'production') return Promise.resolve();
    let pending = this.ensured.get(agency.unitId);
    if (!pending) {
      // Back-dated so that documents of fixed-clock tests and replays fall inside the validity period.
      pending = ensureDemoKeystore(this.config.signing.dir, this.config.signing.p12Password, [{ id: agency.unitId, code: agency.code, name: agency.name }], {
        now: new Date(this.clock.now().getTime() - YEAR),
      });
      pending.catch(() => this.ensured.delete(agency.unitId));
      this.ensured.set(agency.unitId, pending);
    }
    return pending;
  }

  /** `required`: an electronic result must be signed; a form may go out unsigned when its agency has no key. */
  async sign(pdf: Buffer, agency: SigningAgency, request: { reason: string; location: string; signedAt: Date }, required: boolean): Promise<SignOutcome> {
    await this.ensureDemoKey(agency);
    try {
      const signed = await this.signer.sign(pdf, { agencyId: agency.unitId, agencyName: agency.name, ...request });
      return { pdf: signed, signed: true, signerName: agency.name };
    } catch (error) {
      if (!required && error instanceof SigningError && error.reason === 'signer_not_found') return { pdf, signed: false, signerName: null };
      throw error;
    }
  }
}
