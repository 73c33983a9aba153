import type { ListEnvelope } from '../../../contract/models.ts';

/** A list response: the page, the total count of matches and the offset of the next page (null at the end). */
export function listPage<T>(data: T[], total: number, offset: number): ListEnvelope<T> {
  return { data, total, next_offset: offset + data.length < total ? offset + data.length : null };
}
