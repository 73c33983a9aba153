import crypto from 'node:crypto';
import type { Database } from '../db/database.ts';
import {
  findAccessToken,
  insertAccessToken,
  insertSettingIfAbsent,
  purgeAccessTokensExpiredBefore,
  readSetting,
  revokeAccessToken,
} from './repository.ts';

export const TOKEN_LIFETIME_SECONDS = 86_400;

const SECRET_KEY = 'token_secret';

/** The HMAC key of access tokens: generated once, kept in the database. */
export function tokenSecret(db: Database): Buffer {
  const row = readSetting(db, SECRET_KEY);
  if (row) return Buffer.from(row, 'base64url');
  insertSettingIfAbsent(db, SECRET_KEY, crypto.randomBytes(32).toString('base64url'));
  return tokenSecret(db);
}

function sign(secret: Buffer, tokenId: string): string {
  return crypto.createHmac('sha256', secret).update(tokenId).digest('base64url');
}

/** Only a hash of the token id is stored, so a copy of the database cannot be replayed as tokens. */
function storedId(tokenId: string): string {
  return crypto.createHash('sha256').update(tokenId).digest('base64url');
}

export interface TokenStore {
  issue(userId: number): { accessToken: string; createdAt: number; expiresIn: number };
  /** The user id and stored id behind a valid, unexpired, unrevoked token; null otherwise. */
  verify(accessToken: string): { userId: number; tokenId: string } | null;
  revoke(tokenId: string): void;
}

export function createTokenStore(db: Database, now: () => number): TokenStore {
  const secret = tokenSecret(db);
  let issued = 0;

  return {
    issue(userId) {
      const createdAt = now();
      const tokenId = crypto.randomBytes(24).toString('base64url');
      insertAccessToken(db, storedId(tokenId), userId, createdAt, createdAt + TOKEN_LIFETIME_SECONDS * 1000);
      // Expired tokens are useless; drop them now and then rather than on every call.
      if (++issued % 100 === 0) purgeAccessTokensExpiredBefore(db, createdAt - TOKEN_LIFETIME_SECONDS * 1000);
      return {
        accessToken: `${tokenId}.${sign(secret, tokenId)}`,
        createdAt,
        expiresIn: TOKEN_LIFETIME_SECONDS,
      };
    },
    verify(accessToken) {
      const [tokenId, signature, extra] = accessToken.split('.');
      if (!tokenId || !signature || extra !== undefined || tokenId.length > 64) return null;
      const expected = Buffer.from(sign(secret, tokenId));
      const given = Buffer.from(signature);
      if (expected.length !== given.length || !crypto.timingSafeEqual(expected, given)) return null;
      const id = storedId(tokenId);
      const row = findAccessToken(db, id);
      if (!row || row.revoked_at !== null || row.expires_at <= now()) return null;
      return { userId: row.user_id, tokenId: id };
    },
    revoke(tokenId) {
      revokeAccessToken(db, tokenId, now());
    },
  };
}
