import { MEDIA_CONTENT_SECURITY_POLICY } from '../../../contract/mediaPolicy.ts';

/** On every response that serves media bytes (file, thumbnail, zip), whatever its status. */
export const MEDIA_SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Content-Security-Policy': MEDIA_CONTENT_SECURITY_POLICY,
} as const;
