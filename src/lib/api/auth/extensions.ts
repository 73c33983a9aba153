/**
 * Which of our API extensions ([ext] in API.md, contract/extensions.ts) the upstream answers, as the
 * gateway tells with the session (`extensions`). Absent means none: the documented API only. Every
 * page asks here before it sends an [ext] parameter or offers a control that needs one.
 */
import type { Extension } from '../../../contract/extensions.ts';
import type { User } from '../../../contract/models.ts';
import { useCurrentUser } from './getSession.ts';

export function hasExtension(user: Pick<User, 'extensions'>, extension: Extension): boolean {
  return user.extensions?.includes(extension) ?? false;
}

/** Whether the signed-in user's upstream answers `extension`; only behind `RequireAuth`. */
export function useHasExtension(extension: Extension): boolean {
  return hasExtension(useCurrentUser(), extension);
}
