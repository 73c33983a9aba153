/** The saved views' answers as the SPA parses them (zod/mini: the navigation is on the first screen). */
import * as z from 'zod/mini';
import type { SavedView, SavedViewCounts, SavedViewList } from '../../../contract/savedViews.ts';

export const savedViewSchema = z.object({
  id: z.int(),
  name: z.string(),
  query: z.string(),
  position: z.int(),
  created: z.string(),
  updated: z.string(),
}) satisfies z.ZodMiniType<SavedView>;

export const savedViewListSchema = z.object({
  data: z.array(savedViewSchema),
}) satisfies z.ZodMiniType<SavedViewList>;

export const savedViewCountsSchema = z.object({
  counts: z.record(z.string(), z.int()),
  syncing: z.boolean(),
}) satisfies z.ZodMiniType<SavedViewCounts>;

export type { SavedView, SavedViewCounts } from '../../../contract/savedViews.ts';
