import { paths } from '../../lib/routing/paths.ts';

/** The URL the app is on, as a same-origin path to come back to after signing in. */
export function currentUrl(location: { pathname: string; search: string; hash: string }): string {
  return `${location.pathname}${location.search}${location.hash}`;
}

/**
 * Where to go after signing in. Only same-origin paths are followed, so a crafted login link cannot
 * send someone to another site (`//evil.example`, `https://…`, `/\evil`).
 */
export function safeReturnTo(value: string | null | undefined): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\'))
    return paths.tickets.href();
  if (value === paths.login.path || value.startsWith(`${paths.login.path}?`)) return paths.tickets.href();
  return value;
}
