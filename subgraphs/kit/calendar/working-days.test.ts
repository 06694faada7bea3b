import { describe, expect, it } from 'vitest';
import { addDays, type IsoDate } from '../dates.js';
import { ANNOUNCEMENTS, LUNAR_DATES, OCCASIONS, ruleScheduleOfYear, scheduleOfYear, weekdayOf, type Occasion } from './vietnam-holidays.js';
import { addWorkingDays, holidayOf, isWorkingDay, nextWorkingDay, workingDaysBetween } from './working-days.js';

/** Every day from `from` to `to`, both included. */
function daysFrom(from: IsoDate, to: IsoDate): IsoDate[] {
  const out: IsoDate[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
}

/** The slow, obvious definition, to check the table arithmetic against. */
function addWorkingDaysByStepping(day: IsoDate, n: number): IsoDate {
  let d = day;
  while (!isWorkingDay(d)) d = addDays(d, 1);
  for (let left = n; left > 0; ) {
    d = addDays(d, 1);
    if (isWorkingDay(d)) left--;
  }
  return d;
}

const offDays = (from: IsoDate, to: IsoDate) => daysFrom(from, to).filter((d) => !isWorkingDay(d));

describe('days off from the official announcements', () => {
  it('Tết 2024: Thursday 8/2 to Wednesday 14/2 off (Thông báo 5014/TB-LĐTBXH)', () => {
    expect(offDays('2024-02-05', '2024-02-18')).toEqual([...daysFrom('2024-02-08', '2024-02-14'), '2024-02-17', '2024-02-18']);
    expect(holidayOf('2024-02-10')).toEqual({ name: 'Tết Nguyên đán', kind: 'HOLIDAY' });
    // Tết on Saturday 10 and Sunday 11: made up on Tuesday 13 and Wednesday 14.
    expect(holidayOf('2024-02-13')).toEqual({ name: 'Tết Nguyên đán', kind: 'COMPENSATORY' });
    expect(isWorkingDay('2024-02-07')).toBe(true);
    expect(isWorkingDay('2024-02-15')).toBe(true);
  });

  it('Tết 2025: Saturday 25/1 to Sunday 2/2 off (Thông báo 6150/TB-BLĐTBXH)', () => {
    expect(offDays('2025-01-20', '2025-02-07')).toEqual(daysFrom('2025-01-25', '2025-02-02'));
    expect(holidayOf('2025-01-29')).toEqual({ name: 'Tết Nguyên đán', kind: 'HOLIDAY' });
    expect(holidayOf('2025-01-25')).toBeNull(); // a weekend inside the break, not a holiday
  });

  it('30/4–1/5 2024: Monday 29/4 off, Saturday 4/5 worked (Công văn 2450/VPCP-KGVX)', () => {
    expect(offDays('2024-04-26', '2024-05-05')).toEqual([...daysFrom('2024-04-27', '2024-05-01'), '2024-05-05']);
    expect(isWorkingDay('2024-05-04')).toBe(true);
    expect(holidayOf('2024-05-04')).toBeNull();
    expect(holidayOf('2024-04-29')).toEqual({ name: 'Ngày Chiến thắng', kind: 'COMPENSATORY' });
    expect(holidayOf('2024-04-30')).toEqual({ name: 'Ngày Chiến thắng', kind: 'HOLIDAY' });
    expect(holidayOf('2024-05-01')).toEqual({ name: 'Ngày Quốc tế Lao động', kind: 'HOLIDAY' });
  });

  it('Quốc khánh 2025: two holidays, Monday 1/9 and Tuesday 2/9', () => {
    expect(holidayOf('2025-09-01')).toEqual({ name: 'Quốc khánh', kind: 'HOLIDAY' });
    expect(holidayOf('2025-09-02')).toEqual({ name: 'Quốc khánh', kind: 'HOLIDAY' });
    expect(offDays('2025-08-29', '2025-09-03')).toEqual(daysFrom('2025-08-30', '2025-09-02'));
  });

  it('gives a compensatory day for a holiday on a weekly rest day', () => {
    expect(holidayOf('2023-01-01')).toEqual({ name: 'Tết Dương lịch', kind: 'HOLIDAY' }); // a Sunday
    expect(holidayOf('2023-01-02')).toEqual({ name: 'Tết Dương lịch', kind: 'COMPENSATORY' });
    expect(holidayOf('2023-09-04')).toEqual({ name: 'Quốc khánh', kind: 'COMPENSATORY' }); // for Saturday 2/9
    expect(holidayOf('2026-04-27')).toEqual({ name: 'Giỗ Tổ Hùng Vương', kind: 'COMPENSATORY' }); // for Sunday 26/4
    // Giỗ Tổ on Saturday 29/4/2023 and 30/4 on Sunday: two days made up after 1/5.
    expect(offDays('2023-04-28', '2023-05-04')).toEqual(daysFrom('2023-04-29', '2023-05-03'));
  });

  it('2026: New Year and Quốc khánh swaps, Tết 14/2–22/2 (Thông báo 9441/TB-BNV, Công văn 12729/VPCP-KGVX)', () => {
    expect(offDays('2025-12-31', '2026-01-10')).toEqual([...daysFrom('2026-01-01', '2026-01-04')]);
    expect(isWorkingDay('2026-01-10')).toBe(true);
    expect(offDays('2026-02-13', '2026-02-23')).toEqual(daysFrom('2026-02-14', '2026-02-22'));
    expect(offDays('2026-08-21', '2026-09-03')).toEqual(['2026-08-23', ...daysFrom('2026-08-29', '2026-09-02')]);
    expect(isWorkingDay('2026-08-22')).toBe(true);
  });

  it('treats an ordinary weekend as off and names nothing', () => {
    expect(isWorkingDay('2024-06-14')).toBe(true); // Friday
    expect(isWorkingDay('2024-06-15')).toBe(false);
    expect(isWorkingDay('2024-06-16')).toBe(false);
    expect(holidayOf('2024-06-15')).toBeNull();
    expect(holidayOf('2024-06-14')).toBeNull();
  });

  it('gives Quốc khánh one day only before the 2019 Code took effect in 2021', () => {
    // 2019: Monday 2/9 alone, so 31/8–2/9 off (the 2012 Code, art. 115).
    expect(offDays('2019-08-30', '2019-09-04')).toEqual(daysFrom('2019-08-31', '2019-09-02'));
  });
});

describe('working-day arithmetic', () => {
  it('counts a due date across the Tết week', () => {
    expect(addWorkingDays('2024-02-07', 1)).toBe('2024-02-15');
    expect(addWorkingDays('2024-02-05', 5)).toBe('2024-02-19'); // Tue, Wed, then Thu 15, Fri 16, Mon 19
    // Received on mùng 1 (a Tết day): counts as received Monday 3/2, due three working days later.
    expect(addWorkingDays('2025-01-29', 3)).toBe('2025-02-06');
  });

  it('makes Friday + 1 the Monday and a Sunday receipt a Monday receipt', () => {
    expect(addWorkingDays('2024-06-14', 1)).toBe('2024-06-17');
    expect(addWorkingDays('2024-06-14', 0)).toBe('2024-06-14');
    expect(addWorkingDays('2024-06-16', 0)).toBe('2024-06-17');
    expect(addWorkingDays('2024-06-16', 1)).toBe('2024-06-18');
  });

  it('crosses New Year through the 2026 swap', () => {
    expect(addWorkingDays('2025-12-31', 1)).toBe('2026-01-05');
    expect(workingDaysBetween('2025-12-31', '2026-01-05')).toBe(1);
    expect(addWorkingDays('2025-12-26', 10)).toBe('2026-01-12'); // Saturday 10/1 is worked: 29,30,31,5,6,7,8,9,10,12
  });

  it('finds the next working day on or after a day', () => {
    expect(nextWorkingDay('2024-02-07')).toBe('2024-02-07');
    expect(nextWorkingDay('2024-02-08')).toBe('2024-02-15');
    expect(nextWorkingDay('2024-05-04')).toBe('2024-05-04');
    expect(nextWorkingDay('2025-12-31')).toBe('2025-12-31');
    expect(nextWorkingDay('2026-01-01')).toBe('2026-01-05');
  });

  it('counts lateness in (from, to] and nothing when to is not after from', () => {
    expect(workingDaysBetween('2024-02-07', '2024-02-15')).toBe(1);
    expect(workingDaysBetween('2024-02-07', '2024-02-14')).toBe(0);
    expect(workingDaysBetween('2024-06-14', '2024-06-14')).toBe(0);
    expect(workingDaysBetween('2024-06-17', '2024-06-14')).toBe(0);
    expect(workingDaysBetween('2024-06-16', '2024-06-18')).toBe(2);
  });

  it('holds its properties on every day of 2023–2027', () => {
    // Collected, then compared once: 14,000 expect() calls would take seconds.
    const wrong: string[] = [];
    for (const day of daysFrom('2023-01-01', '2027-12-31')) {
      const next = nextWorkingDay(day);
      if (!isWorkingDay(next) || workingDaysBetween(day, next) !== (isWorkingDay(day) ? 0 : 1)) wrong.push(`next ${day}: ${next}`);
      for (const n of [0, 1, 2, 3, 5, 10, 15, 30]) {
        const due = addWorkingDays(day, n);
        if (!isWorkingDay(due) || due < day) wrong.push(`${day} + ${n} = ${due}, not a working day after it`);
        if (workingDaysBetween(day, due) !== (isWorkingDay(day) ? n : n + 1)) wrong.push(`between ${day} and ${day} + ${n}`);
        if (n <= 10 && due !== addWorkingDaysByStepping(day, n)) wrong.push(`${day} + ${n} = ${due}, stepping gives ${addWorkingDaysByStepping(day, n)}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('counts the working days of 2023–2026', () => {
    // 2024 has 366 days from Monday 1/1 to Tuesday 31/12: 52 weeks + Mon 30/12 and Tue 31/12, so
    // 262 weekdays. Weekdays off: 1/1; Tết 8, 9, 12, 13, 14/2 (10 and 11 are the weekend); 18/4;
    // 29/4, 30/4, 1/5; 2/9, 3/9: 12. Saturday 4/5 is worked: 262 − 12 + 1 = 251.
    // 2025 has 365 days from Wednesday 1/1 to Wednesday 31/12: 52 weeks + Wed 31/12, so 261
    // weekdays. Weekdays off: 1/1; Tết 27–31/1; 7/4; 30/4, 1/5, 2/5; 1/9, 2/9: 12. Saturday 26/4 is
    // worked: 261 − 12 + 1 = 250.
    // 2023 (Sunday to Sunday): 260 weekdays − 11 off (2/1; 20, 23, 24, 25, 26/1; 1, 2, 3/5; 1/9, 4/9) = 249.
    // 2026 (Thursday to Thursday): 261 − 13 off (1, 2/1; 16–20/2; 27/4; 30/4, 1/5; 31/8, 1/9, 2/9) + 2 Saturdays = 250.
    const expected: Record<number, number> = { 2023: 249, 2024: 251, 2025: 250, 2026: 250 };
    for (const [year, count] of Object.entries(expected)) {
      expect(daysFrom(`${year}-01-01`, `${year}-12-31`).filter(isWorkingDay)).toHaveLength(count);
      expect(workingDaysBetween(`${Number(year) - 1}-12-31`, `${year}-12-31`)).toBe(count);
    }
    expect(workingDaysBetween('2022-12-31', '2026-12-31')).toBe(249 + 251 + 250 + 250);
  });

  it('throws a plain Error for a malformed date, a year without data or a bad count', () => {
    for (const bad of ['2024-02-30', '2024-2-3', '20240203', '', '2024-02-03T00:00:00Z']) {
      expect(() => isWorkingDay(bad), bad).toThrow(Error);
      expect(() => holidayOf(bad), bad).toThrow(/YYYY-MM-DD/);
    }
    expect(() => isWorkingDay('2036-01-02')).toThrow(/2015–2035/);
    expect(() => nextWorkingDay('2014-12-31')).toThrow(/2015–2035/);
    expect(() => addWorkingDays('2035-12-28', 10)).toThrow(/2015–2035/);
    expect(() => addWorkingDays('2024-06-14', -1)).toThrow(/whole number/);
    expect(() => addWorkingDays('2024-06-14', 1.5)).toThrow(/whole number/);
    expect(() => workingDaysBetween('2024-06-14', 'tomorrow')).toThrow(/YYYY-MM-DD/);
  });
});

describe('the holiday data', () => {
  it('has the well-known lunar dates, each a plausible new year and 10/3', () => {
    expect(LUNAR_DATES[2024]).toEqual(['2024-02-10', '2024-04-18']);
    expect(LUNAR_DATES[2025]).toEqual(['2025-01-29', '2025-04-07']);
    expect(LUNAR_DATES[2026]?.[0]).toBe('2026-02-17');
    expect(LUNAR_DATES[2030]?.[0]).toBe('2030-02-02'); // UTC+7: a day before the Chinese new year
    for (let year = 2015; year <= 2035; year++) {
      const [tet, hungKings] = LUNAR_DATES[year]!;
      expect(tet >= `${year}-01-21` && tet <= `${year}-02-20`, `${year}`).toBe(true);
      // Two lunar months of 29–30 days and nine days; three months when a leap month comes first (2023).
      const gap = (Date.parse(hungKings) - Date.parse(tet)) / 86_400_000;
      expect(year === 2023 ? gap >= 96 && gap <= 99 : gap >= 67 && gap <= 69, `${year}: ${gap}`).toBe(true);
    }
  });

  it('places each announced day where its occasion can be', () => {
    const fixed: Partial<Record<Occasion, string>> = { NEW_YEAR: '01-01', VICTORY_DAY: '04-30', LABOUR_DAY: '05-01' };
    for (const [year, announcements] of Object.entries(ANNOUNCEMENTS)) {
      const [tet, hungKings] = LUNAR_DATES[Number(year)]!;
      // 2023–2026 are complete; a later year may be filled in one decision at a time.
      if (Number(year) <= 2026) expect(new Set(announcements.flatMap((a) => a.occasions)), year).toEqual(new Set(OCCASIONS));
      expect(announcements.flatMap((a) => a.occasions).length, `${year}: an occasion fixed twice`).toBe(new Set(announcements.flatMap((a) => a.occasions)).size);
      for (const a of announcements) {
        const tetDays = a.holidays.filter(([, o]) => o === 'TET').map(([d]) => d);
        if (tetDays.length) {
          expect(tetDays).toEqual(daysFrom(tetDays[0]!, addDays(tetDays[0]!, 4)));
          expect(tetDays[0]! >= addDays(tet, -3) && tetDays[0]! <= addDays(tet, -1), year).toBe(true);
        }
        const national = a.holidays.filter(([, o]) => o === 'NATIONAL_DAY').map(([d]) => d);
        if (national.length) expect(national.includes(`${year}-09-02`) && national.length === 2, year).toBe(true);
        for (const [day, occasion] of a.holidays) {
          expect(a.occasions).toContain(occasion);
          if (fixed[occasion]) expect(day).toBe(`${year}-${fixed[occasion]}`);
          if (occasion === 'HUNG_KINGS') expect(day).toBe(hungKings);
        }
        for (const [day] of a.daysOff ?? []) expect([0, 6], `${day} is a weekday`).not.toContain(weekdayOf(day));
        for (const day of a.workingSaturdays ?? []) expect(weekdayOf(day), `${day} is a Saturday`).toBe(6);
        // A swap trades one day for one day.
        expect((a.workingSaturdays ?? []).length).toBeLessThanOrEqual((a.daysOff ?? []).length);
      }
    }
  });

  it('reproduces with the Code rule the occasions that had no decision of their own', () => {
    const sameOccasions = (year: number, names: string[]) => {
      const pick = (s: ReturnType<typeof scheduleOfYear>) =>
        [...s.daysOff].filter(([, off]) => names.includes(off.name)).sort(([a], [b]) => (a < b ? -1 : 1));
      expect(pick(ruleScheduleOfYear(year)), `${year} ${names.join(', ')}`).toEqual(pick(scheduleOfYear(year)));
    };
    sameOccasions(2023, ['Tết Dương lịch', 'Giỗ Tổ Hùng Vương', 'Ngày Chiến thắng', 'Ngày Quốc tế Lao động', 'Quốc khánh']);
    sameOccasions(2024, ['Tết Dương lịch', 'Giỗ Tổ Hùng Vương', 'Quốc khánh']);
    sameOccasions(2025, ['Tết Dương lịch', 'Giỗ Tổ Hùng Vương', 'Quốc khánh']);
    sameOccasions(2026, ['Giỗ Tổ Hùng Vương', 'Ngày Chiến thắng', 'Ngày Quốc tế Lao động', 'Tết Nguyên đán']);
    // Where the announced Tết split differs, the rule alone would be wrong: 2024's Tết by the rule
    // is the eve (Fri 9/2) to mùng 4 (Tue 13/2), Saturday and Sunday made up Wed 14 and Thu 15.
    const ruleTet2024 = [...ruleScheduleOfYear(2024).daysOff.keys()].filter((d) => d.startsWith('2024-02')).sort();
    expect(ruleTet2024).toEqual(daysFrom('2024-02-09', '2024-02-15'));
    expect(isWorkingDay('2024-02-15')).toBe(true);
  });

  it('applies the rule to 2027, which has no announcement yet', () => {
    // Tết Saturday 6/2/2027: eve Friday 5/2 to mùng 4 Tuesday 9/2, Saturday and Sunday made up Wed 10, Thu 11.
    expect(offDays('2027-02-04', '2027-02-12')).toEqual(daysFrom('2027-02-05', '2027-02-11'));
    expect(holidayOf('2027-02-11')).toEqual({ name: 'Tết Nguyên đán', kind: 'COMPENSATORY' });
    // 1/5/2027 is a Saturday: made up Monday 3/5. 2/9 is a Thursday: Friday 3/9 is the day next to it.
    expect(holidayOf('2027-05-03')).toEqual({ name: 'Ngày Quốc tế Lao động', kind: 'COMPENSATORY' });
    expect(holidayOf('2027-09-03')).toEqual({ name: 'Quốc khánh', kind: 'HOLIDAY' });
  });
});
