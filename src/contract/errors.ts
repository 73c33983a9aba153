// zod/mini: the browser parses every error body with this before the first screen (see models.ts).
import * as z from 'zod/mini';

/** Every error body: `errors` names each invalid parameter with its messages. */
export const apiErrorSchema = z.object({
  code: z.int(),
  message: z.string(),
  details: z.optional(z.string()),
  errors: z.optional(z.record(z.string(), z.array(z.string()))),
});
export type ApiErrorBody = z.infer<typeof apiErrorSchema>;

/** The body of a 429 (Apizee's own shape), with `X-RateLimit-Reset: <seconds>`. */
export const rateLimitErrorSchema = z.object({ error: z.string() });

/** Turns zod issues into the `errors` map of a 400: one entry per parameter path. */
export function issuesToFieldErrors(issues: readonly z.core.$ZodIssue[]): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const issue of issues) {
    const field = issue.path.length > 0 ? issue.path.map(String).join('.') : '_';
    (errors[field] ??= []).push(issue.message);
  }
  return errors;
}
