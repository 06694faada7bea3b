import { describe, expect, it } from 'vitest';
import { OLD_QUANG_NGAI, referenceData } from '../../../reference/admin-units/reference-units.js';
import { UnitDirectory } from '../units/unit-directory.js';
import { figureBasis } from './figure-status.js';

const OLD = '2000-01-01';
const NEW = '2025-07-01';
const Y2024 = { from: '2024-01-01', to: '2024-12-31' };

describe('a source that covers only part of a unit', () => {
  // A source with old Quảng Ngãi's records only (as a department's system before it takes over Kon Tum's).
  const directory = new UnitDirectory(referenceData);
  const source = { areas: [OLD_QUANG_NGAI], since: '2023-01-01' };
  const basis = (code: string, validFrom: string) =>
    figureBasis({
      facts: directory.lineageFacts({ code, validFrom }, Y2024, source.areas),
      period: Y2024,
      today: '2026-11-30',
      source,
      factsOf: (other) => directory.lineageFacts(other, Y2024, source.areas),
    });

  it('says NO_DATA for old Kon Tum and its communes, and ESTIMATE naming what is missing for the new province', () => {
    const konTumCommune = referenceData.units.find((u) => u.level === 'COMMUNE' && u.validTo !== null && u.code.startsWith('23'))!;
    expect(basis('62', OLD)).toMatchObject({ status: 'NO_DATA', codes: [] });
    expect(basis(konTumCommune.code, OLD)).toMatchObject({ status: 'NO_DATA', codes: [] });
    const province = basis('51', NEW);
    expect(province.status).toBe('ESTIMATE');
    expect(province.reason).toMatch(/hệ thống nguồn chưa có/);
    expect(basis('51', OLD)).toMatchObject({ status: 'FINAL', reason: null });
  });
});

