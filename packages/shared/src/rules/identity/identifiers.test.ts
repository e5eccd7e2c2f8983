import { describe, expect, it } from 'vitest';
import { citizenIdProblem, isValidCitizenId, isValidTaxCode } from './identifiers.ts';

describe('citizen ID number', () => {
  it('accepts a Quảng Ngãi number of a woman born in 1990', () => {
    expect(isValidCitizenId('051190001234', 2026)).toBe(true);
  });
  it('names what is wrong', () => {
    expect(citizenIdProblem('05119000123', 2026)).toBe('format');
    expect(citizenIdProblem('0511900012a4', 2026)).toBe('format');
    expect(citizenIdProblem('003190001234', 2026)).toBe('province');
    expect(citizenIdProblem('051590001234', 2026)).toBe('century');
    expect(citizenIdProblem('051230001234', 2026)).toBe('birth_year');
  });
});

describe('tax code', () => {
  it('accepts a real enterprise code and its dependent unit', () => {
    expect(isValidTaxCode('0100107518')).toBe(true);
    expect(isValidTaxCode('0100107518-001')).toBe(true);
  });
  it('refuses a wrong check digit, a zero branch and other shapes', () => {
    expect(isValidTaxCode('0100107517')).toBe(false);
    expect(isValidTaxCode('0100107518-000')).toBe(false);
    expect(isValidTaxCode('010010751')).toBe(false);
  });
});
