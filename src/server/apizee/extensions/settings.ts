/**
 * Which extensions of ours ([ext] in API.md, listed in the contract's EXTENSIONS) the embedded API
 * answers. Off (the default of `npm run apizee`), it behaves toward each as a real Apizee that lacks it:
 * unknown parameters ignored, unknown values of documented parameters a 400 naming them, [ext]
 * endpoints 404, [ext] fields absent.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { EXTENSIONS, type Extension } from '../../../contract/extensions.ts';
import type { ApizeeEnv } from '../context.ts';
import { ApiError } from '../http/errors.ts';

/** `true`: every extension; `false` or absent: none (documented behaviour only); or a list of names. */
export type ExtensionsOption = boolean | readonly Extension[];

export function resolveExtensions(option: ExtensionsOption | undefined): ReadonlySet<Extension> {
  if (option === true) return new Set(EXTENSIONS);
  if (!option) return new Set();
  return new Set(EXTENSIONS.filter((name) => option.includes(name)));
}

export function hasExtension(c: Context<ApizeeEnv>, name: Extension): boolean {
  return c.get('deps').extensions.has(name);
}

/** An [ext] endpoint: a 404, as for any unknown path, when the extension is off. */
export function requireExtension(name: Extension): MiddlewareHandler<ApizeeEnv> {
  return async (c, next) => {
    if (!hasExtension(c, name)) throw ApiError.notFound();
    await next();
  };
}
