import { currentUrl, safeReturnTo } from './returnTo.ts';

describe('safeReturnTo', () => {
  it('follows a same-origin path with its query and hash', () => {
    expect(safeReturnTo('/tickets?state=open&page=2#top')).toBe('/tickets?state=open&page=2#top');
    expect(safeReturnTo('/tickets/12/medias/3')).toBe('/tickets/12/medias/3');
  });

  it.each([
    null,
    '',
    'https://evil.example/',
    '//evil.example/x',
    '/\\evil.example',
    'javascript:alert(1)',
    '/login',
    '/login?returnTo=/x',
  ])('falls back to the list for %s', (value) => {
    expect(safeReturnTo(value)).toBe('/tickets');
  });

  it('builds the current URL from a location', () => {
    expect(currentUrl({ pathname: '/tickets', search: '?user=all', hash: '#x' })).toBe('/tickets?user=all#x');
  });
});
