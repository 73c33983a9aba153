import { regionOf, suggestInternational } from './phoneSuggestion.ts';

describe('suggestInternational', () => {
  it('replaces the trunk 0 with the country code', () => {
    expect(suggestInternational('06 12 34 56 78', 'FR')).toBe('+33612345678');
    expect(suggestInternational('0151 1234 5678', 'DE')).toBe('+4915112345678');
  });

  it('keeps the 0 where it belongs to the number', () => {
    expect(suggestInternational('06 1234 5678', 'IT')).toBe('+390612345678');
  });

  it('suggests nothing for international, invalid, or unknown-country numbers', () => {
    expect(suggestInternational('+33612345678', 'FR')).toBeNull();
    expect(suggestInternational('hello', 'FR')).toBeNull();
    expect(suggestInternational('0612345678', '')).toBeNull();
  });
});

describe('regionOf', () => {
  it('reads the region of a language tag', () => {
    expect(regionOf('fr-FR')).toBe('FR');
    expect(regionOf('en')).toBe('');
    expect(regionOf('not a tag!')).toBe('');
  });
});
