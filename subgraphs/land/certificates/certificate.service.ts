import { badUserInput, quoted } from '../../../lib/errors.js';
import { optionalPeriod } from '../../kit/indicators/period.js';
import type { UnitKey } from '../../kit/units/unit-directory.js';
import type { CertificateLoaders } from './certificate.loader.js';
import { normaliseSerial, type Certificate, type LandHolder } from './certificate.model.js';
import type { CertificateListArgs } from './certificate.type.js';

/** Certificates, looked up by id or serial, listed per unit or per parcel, with their holder. */
export class CertificateService {
  constructor(private readonly loaders: CertificateLoaders) {}

  byId(id: number): Promise<Certificate | null> {
    return this.loaders.byId.load(id);
  }

  bySerial(serial: string): Promise<Certificate | null> {
    const normalised = normaliseSerial(serial);
    if (!normalised) throw badUserInput(`serial must be two letters and six digits such as "DA 123456", got ${quoted(serial)}`, 'serial');
    return this.loaders.bySerial.load(normalised);
  }

  /** A parcel's certificates, oldest first. */
  ofParcel(parcelId: number): Promise<Certificate[]> {
    return this.loaders.ofParcel.load(parcelId);
  }

  page(unit: UnitKey, args: CertificateListArgs) {
    return this.loaders.pages.page(unit, { period: optionalPeriod(args.period), kind: args.kind ?? null }, args);
  }

  holder(certificate: Certificate): Promise<LandHolder | null> {
    return this.loaders.holderOf.load(certificate.id);
  }
}
