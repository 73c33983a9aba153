/**
 * Every upstream call made for a signed-in user goes through here: a slot from the user's budget
 * first, then the call, then what upstream said of the budget. Without a slot the call is not made.
 */
import type { GatewayDeps } from '../deps.ts';
import { callUpstream, UpstreamTimeoutError, UpstreamUnreachableError } from '../upstreamCall.ts';
import type { CallPriority } from './scheduler.ts';

export class BudgetExhausted extends Error {
  constructor(readonly retryAt: number) {
    super('The Apizee budget of this user is spent for now');
    this.name = 'BudgetExhausted';
  }
}

export interface UserCall {
  userId: number;
  token: string;
  priority: CallPriority;
}

export async function callAsUser(
  deps: GatewayDeps,
  call: UserCall,
  pathAndQuery: string,
  init: RequestInit = {},
): Promise<Response> {
  const headers = new Headers(init.headers);
  headers.set('authorization', `Bearer ${call.token}`);
  if (!headers.has('accept')) headers.set('accept', 'application/json');
  const store = deps.store;
  if (!store) return callUpstream(deps, pathAndQuery, { ...init, headers });
  const grant = await store.budget.acquire(call.userId, call.priority, init.signal ?? undefined);
  if (!grant.granted) {
    store.publishBudget(call.userId);
    throw new BudgetExhausted(grant.retryAt);
  }
  let response: Response;
  try {
    response = await callUpstream(deps, pathAndQuery, { ...init, headers });
  } catch (error) {
    if (error instanceof UpstreamUnreachableError || error instanceof UpstreamTimeoutError)
      store.noteUpstream(false);
    throw error;
  }
  store.noteUpstream(response.status < 500);
  await store.budget.observe(call.userId, response.headers);
  store.publishBudget(call.userId);
  return response;
}
