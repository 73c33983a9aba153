/**
 * The session lives in a cookie: the upstream bearer token sealed with AES-256-GCM (encrypted and
 * authenticated), so any number of gateway processes can serve a user and the browser never sees the
 * token. What replicas share is only the revocation list in the store (sessionRevocations.ts), keyed by
 * the session's random id.
 */
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

export const SESSION_COOKIE = 'apizee_session';

export type Session = {
  /** The upstream access token. */
  token: string;
  /** Epoch milliseconds after which the upstream token is no longer valid. */
  expiresAt: number;
  /** Upstream's id of the signed-in user and of their enterprise (from `users/me` at sign-in): whose store rows and budget. */
  userId: number;
  enterpriseId: number;
  /** Random, given at sign-in: what the revocation list names. */
  id: string;
  /** Epoch milliseconds of the sign-in ("sign out everywhere" revokes the sessions issued before it). */
  issuedAt: number;
  /** Epoch milliseconds of the last request the user made with it (the idle timeout's clock). */
  lastUsedAt: number;
};

export type SessionSealer = {
  seal(session: Session): string;
  /** The session, or null when the value was not sealed with this secret, was altered, or has expired. */
  unseal(sealed: string, now: number): Session | null;
};

const VERSION = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;
// Binds the ciphertext to its purpose: a value sealed elsewhere with the same key does not open here.
const ASSOCIATED_DATA = Buffer.from(`${SESSION_COOKIE}.${VERSION}`);

function deriveKey(secret: string): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, 'apizee-dashboard-gateway', `session cookie ${VERSION}`, 32));
}

type SealedFields = { t: string; x: number; u: number; e: number; i: string; a: number; l: number };

const isTime = (value: unknown) => typeof value === 'number' && Number.isFinite(value);

function isSession(value: unknown): value is SealedFields {
  if (typeof value !== 'object' || value === null) return false;
  const { t, x, u, e, i, a, l } = value as Record<string, unknown>;
  return (
    typeof t === 'string' &&
    t.length > 0 &&
    isTime(x) &&
    Number.isSafeInteger(u) &&
    Number.isSafeInteger(e) &&
    typeof i === 'string' &&
    SESSION_ID.test(i) &&
    // A cookie sealed before sessions had ids (not revocable) no longer opens.
    isTime(a) &&
    isTime(l)
  );
}

/** 128 random bits, base64url. */
const SESSION_ID = /^[A-Za-z0-9_-]{22}$/;

export function newSessionId(): string {
  return randomBytes(16).toString('base64url');
}

export function createSessionSealer(secret: string): SessionSealer {
  if (secret.length < 32) throw new Error('The session secret must be at least 32 characters long');
  const key = deriveKey(secret);

  return {
    seal({ token, expiresAt, userId, enterpriseId, id, issuedAt, lastUsedAt }) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', key, iv).setAAD(ASSOCIATED_DATA);
      const plaintext = Buffer.from(
        JSON.stringify({
          t: token,
          x: expiresAt,
          u: userId,
          e: enterpriseId,
          i: id,
          a: issuedAt,
          l: lastUsedAt,
        } satisfies SealedFields),
      );
      const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
      return `${VERSION}.${Buffer.concat([iv, ciphertext, cipher.getAuthTag()]).toString('base64url')}`;
    },

    unseal(sealed, now) {
      const [version, payload, ...rest] = sealed.split('.');
      if (version !== VERSION || !payload || rest.length > 0) return null;
      const bytes = Buffer.from(payload, 'base64url');
      if (bytes.length <= IV_BYTES + TAG_BYTES) return null;
      const iv = bytes.subarray(0, IV_BYTES);
      const tag = bytes.subarray(bytes.length - TAG_BYTES);
      const ciphertext = bytes.subarray(IV_BYTES, bytes.length - TAG_BYTES);
      let decoded: unknown;
      try {
        const decipher = createDecipheriv('aes-256-gcm', key, iv).setAAD(ASSOCIATED_DATA).setAuthTag(tag);
        decoded = JSON.parse(Buffer.concat([decipher.update(ciphertext), decipher.final()]).toString('utf8'));
      } catch {
        return null; // altered, truncated or sealed with another secret
      }
      if (!isSession(decoded) || decoded.x <= now) return null;
      return {
        token: decoded.t,
        expiresAt: decoded.x,
        userId: decoded.u,
        enterpriseId: decoded.e,
        id: decoded.i,
        issuedAt: decoded.a,
        lastUsedAt: decoded.l,
      };
    },
  };
}
