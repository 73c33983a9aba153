/**
 * The upstream list calls whose union is what a user sees. With our extensions, one:
 * `user=visible&service=all`. On a documented-only Apizee, one per service: `user=all` for an admin,
 * the user's own tickets for everyone else (a documented list cannot name the unassigned tickets of
 * an agent's groups: those reach the store through webhooks, verified one by one).
 */
import type { Extension } from '../../../contract/extensions.ts';
import type { User } from '../../../contract/models.ts';
import { isAdmin } from '../store/users.ts';

export function syncScopes(
  user: User,
  extensions: readonly Extension[],
  serviceKeys: readonly string[],
): string[] {
  if (extensions.includes('userScopes') && extensions.includes('allServices'))
    return ['user=visible&service=all'];
  const owner = isAdmin(user) ? 'all' : String(user.id);
  return serviceKeys.map((key) => `user=${owner}&service=${encodeURIComponent(key)}`);
}

/** Whether the scopes cover every ticket the user may see (else webhooks fill the gaps). */
export function scopesCoverAll(user: User, extensions: readonly Extension[]): boolean {
  return (extensions.includes('userScopes') && extensions.includes('allServices')) || isAdmin(user);
}
