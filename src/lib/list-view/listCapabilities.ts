import type { User } from '../../contract/models.ts';
import { hasExtension } from '../api/auth/extensions.ts';
import type { ListCapabilities } from './ticketListView.ts';

/** What the signed-in user's upstream can filter the ticket list by (the session's `extensions`). */
export function listCapabilities(user: Pick<User, 'extensions'>): ListCapabilities {
  return {
    stateFilter: hasExtension(user, 'stateFilter'),
    startedBeforeFilter: hasExtension(user, 'startedBeforeFilter'),
    userScopes: hasExtension(user, 'userScopes'),
    allServices: hasExtension(user, 'allServices'),
  };
}
