import { badUserInput } from '../../../lib/errors.js';
import type { PageArguments } from '../../kit/graphql/scoped-page-loader.js';
import { optionalPeriod, type DatePeriod } from '../../kit/indicators/period.js';
import type { UnitKey } from '../../kit/units/unit-directory.js';
import type { LandLoaders } from '../land.loader.js';
import { normaliseSerial, type Certificate, type CertificateKindCode, type LandHolder } from './certificate.model.js';

export interface CertificateListArguments extends PageArguments {
  period?: DatePeriod | null;
  kind?: CertificateKindCode | null;
}

/** Certificates, looked up by id or serial, listed per unit, with their parcel, holder and change. */
export class CertificateService {
  constructor(private readonly loaders: LandLoaders) {}

  byId(id: number): Promise<Certificate | null> {
    return this.loaders.certificateById.load(id);
  }

  bySerial(serial: string): Promise<Certificate | null> {
    const normalised = normaliseSerial(serial);
    if (!normalised) throw badUserInput(`serial must be two letters and six digits such as "DA 123456", got ${JSON.stringify(serial)}`, 'serial');
    return this.loaders.certificateBySerial.load(normalised);
  }

  page(unit: UnitKey, args: CertificateListArguments) {
    const filter = { period: optionalPeriod(args.period), kind: args.kind ?? null };
    return this.loaders.certificatePages.page(unit, filter, args);
  }

  parcel(certificate: Certificate) {
    return this.loaders.parcelById.load(certificate.parcelId);
  }

  holder(certificate: Certificate): Promise<LandHolder | null> {
    return this.loaders.holderById.load(certificate.holderId);
  }

  async changeRegistration(certificate: Certificate) {
    return certificate.changeRegistrationId === null ? null : this.loaders.changeById.load(certificate.changeRegistrationId);
  }
}
