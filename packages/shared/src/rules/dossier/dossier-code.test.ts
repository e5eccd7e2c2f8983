import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DossierCodeParts } from './dossier-code.ts';
import {
  dossierCodeFor,
  dossierCodeSchema,
  formatDossierCode,
  formatResultCode,
  isValidDossierCode,
  parseDossierCode,
  parseResultCode,
  resultCodeSchema,
} from './dossier-code.ts';
import { ruleAt } from './legal-rules.ts';

const example = 'H15.50.05.13-261008-0975';

describe('dossier code <agency id>-<YYMMDD>-<NNNN>', () => {
  it('reads the Circular 03/2025 example', () => {
    expect(parseDossierCode(example)).toEqual({ ok: true, value: { agencyId: 'H15.50.05.13', receiptDate: '2026-10-08', sequence: 975 } });
    expect(formatDossierCode({ agencyId: 'H15.50.05.13', receiptDate: '2026-10-08', sequence: 975 })).toBe(example);
  });

  it('dates the code by the receipt day in Vietnam time', () => {
    expect(dossierCodeFor({ agencyId: 'H15.50.05.13', receivedAt: '2026-10-07T17:30:00Z', sequence: 975 })).toBe(example);
    expect(dossierCodeFor({ agencyId: 'H15.50.05.13', receivedAt: '2026-10-07T16:59:59Z', sequence: 975 })).toBe('H15.50.05.13-261007-0975');
  });

  it('pads the sequence to the configured minimum and grows it as volume needs', () => {
    const min = ruleAt('dossierCodeSequenceDigits', '2026-10-08')!.value.min;
    const parts = { agencyId: 'H15', receiptDate: '2026-10-08' };
    expect(formatDossierCode({ ...parts, sequence: 7 }, { minDigits: min })).toBe('H15-261008-0007');
    expect(formatDossierCode({ ...parts, sequence: 12345 }, { minDigits: min })).toBe('H15-261008-12345');
    expect(formatDossierCode({ ...parts, sequence: 975 }, { minDigits: 5 })).toBe('H15-261008-00975');
    expect(parseDossierCode('H15-261008-00975', { minDigits: 5 }).ok).toBe(true);
  });

  it('writes and reads the centralised-system variant <AA><NNNN>', () => {
    const parts = { agencyId: 'H15.50.05.13', receiptDate: '2026-10-08', sequence: 975, systemPrefix: 'BA' };
    expect(formatDossierCode(parts)).toBe('H15.50.05.13-261008-BA0975');
    expect(parseDossierCode('H15.50.05.13-261008-BA0975')).toEqual({ ok: true, value: parts });
  });

  it.each([
    ['', 'malformed'],
    ['H15.50.05.13-261008', 'malformed'],
    ['-261008-0975', 'malformed'],
    ['H15.50.05.13-261008-B0975', 'malformed'],
    ['H15.50.05.13-2610080-0975', 'malformed'],
    ['h15.50.05.13-261008-0975', 'invalid_agency_id'],
    ['H15..13-261008-0975', 'invalid_agency_id'],
    ['H15 50-261008-0975', 'invalid_agency_id'],
    ['H15.50.05.13-261308-0975', 'invalid_date'],
    ['H15.50.05.13-260230-0975', 'invalid_date'],
    ['H15.50.05.13-261008-975', 'invalid_sequence'],
    ['H15.50.05.13-261008-0000', 'invalid_sequence'],
    ['H15.50.05.13-261008-00975', 'invalid_sequence'],
  ])('refuses %j (%s)', (code, error) => {
    expect(parseDossierCode(code)).toEqual({ ok: false, error });
    expect(isValidDossierCode(code)).toBe(false);
  });

  it.each<[Partial<DossierCodeParts>, string]>([
    [{ agencyId: 'h15' }, 'invalid_agency_id'],
    [{ receiptDate: '1999-12-31' }, 'invalid_date'],
    [{ receiptDate: '2026-02-30' }, 'invalid_date'],
    [{ sequence: 0 }, 'invalid_sequence'],
    [{ sequence: 1.5 }, 'invalid_sequence'],
    [{ systemPrefix: 'B1' }, 'invalid_system_prefix'],
  ])('will not format %j', (override, problem) => {
    expect(() => formatDossierCode({ agencyId: 'H15', receiptDate: '2026-10-08', sequence: 1, ...override })).toThrow(problem);
  });
});

describe('electronic result code <dossier code>-KQ<n>', () => {
  it('appends the result number and reads it back', () => {
    expect(formatResultCode(example, 1)).toBe('H15.50.05.13-261008-0975-KQ1');
    expect(parseResultCode('H15.50.05.13-261008-0975-KQ12')).toEqual({
      ok: true,
      value: { dossierCode: example, dossier: { agencyId: 'H15.50.05.13', receiptDate: '2026-10-08', sequence: 975 }, resultNumber: 12 },
    });
  });

  it.each([
    ['H15.50.05.13-261008-0975-KQ0', 'invalid_result_number'],
    ['H15.50.05.13-261008-0975-KQ01', 'invalid_result_number'],
    ['H15.50.05.13-261008-0975-KQ', 'invalid_result_number'],
    ['H15.50.05.13-261008-0975', 'malformed'],
    ['H15.50.05.13-261308-0975-KQ1', 'invalid_date'],
  ])('refuses %s (%s)', (code, error) => {
    expect(parseResultCode(code)).toEqual({ ok: false, error });
  });

  it('will not build a result code on a bad dossier code or number', () => {
    expect(() => formatResultCode('H15-261008-975', 1)).toThrow();
    expect(() => formatResultCode(example, 0)).toThrow();
  });

  it('validates both codes in request contracts', () => {
    expect(dossierCodeSchema.safeParse(example).success).toBe(true);
    expect(dossierCodeSchema.safeParse('H15-261008-975').success).toBe(false);
    expect(resultCodeSchema.safeParse(`${example}-KQ2`).success).toBe(true);
    expect(resultCodeSchema.safeParse(example).success).toBe(false);
  });
});

const segment = fc.stringMatching(/^[A-Z0-9]{1,4}$/);
const agencyId = fc.array(segment, { minLength: 1, maxLength: 4 }).map((s) => s.join('.'));
const receiptDate = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const parts: fc.Arbitrary<DossierCodeParts> = fc
  .record({
    agencyId,
    receiptDate,
    sequence: fc.integer({ min: 1, max: 10_000_000 }),
    systemPrefix: fc.option(fc.stringMatching(/^[A-Z]{2}$/), { nil: undefined }),
  })
  .map(({ systemPrefix, ...rest }) => (systemPrefix === undefined ? rest : { ...rest, systemPrefix }));

describe('dossier code round trips (properties)', () => {
  it('parses what it formats, for any minimum number of digits', () => {
    fc.assert(
      fc.property(parts, fc.integer({ min: 1, max: 8 }), (p, minDigits) => {
        const code = formatDossierCode(p, { minDigits });
        expect(parseDossierCode(code, { minDigits })).toEqual({ ok: true, value: p });
        expect(parseResultCode(formatResultCode(code, 3, { minDigits }), { minDigits })).toMatchObject({ ok: true, value: { dossier: p, resultNumber: 3 } });
      }),
    );
  });

  it('formats back exactly the code it accepted, and never throws on any input', () => {
    const codeLike = fc.oneof(
      fc.string(),
      fc.tuple(agencyId, fc.stringMatching(/^\d{6}$/), fc.stringMatching(/^([A-Z]{2})?\d{1,7}$/)).map((t) => t.join('-')),
    );
    fc.assert(
      fc.property(codeLike, (code) => {
        const parsed = parseDossierCode(code);
        if (parsed.ok) expect(formatDossierCode(parsed.value)).toBe(code);
      }),
    );
  });
});
