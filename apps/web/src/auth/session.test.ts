import { describe, expect, it } from 'vitest';
import { sessionFromTokens } from './session';

const jwt = (claims: object) => `h.${btoa(JSON.stringify(claims)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_')}.s`;
const user = { id: 'u1', displayName: 'Dev DSL', email: 'dsl1@demo.test' };

describe('sessionFromTokens', () => {
  it('places the expiry on this computer’s clock, from the token’s own lifetime', () => {
    // The server's clock is an hour ahead of this computer's.
    const serverNow = Date.parse('2026-11-23T11:00:00Z') / 1000;
    const tokens = { accessToken: jwt({ sub: 'u1', iat: serverNow, exp: serverNow + 900 }), accessTokenExpiresAt: '2026-11-23T11:15:00.000Z', refreshToken: 'r', user };
    const now = Date.parse('2026-11-23T10:00:00Z');
    const session = sessionFromTokens(tokens, now);
    expect(session.accessTokenExpiresAt).toBe('2026-11-23T10:15:00.000Z');
    expect(session.issuedAt).toBe(now);
  });

  it('keeps the server’s expiry when the token carries no lifetime', () => {
    const tokens = { accessToken: 'not-a-jwt', accessTokenExpiresAt: '2026-11-23T11:15:00.000Z', refreshToken: 'r', user };
    expect(sessionFromTokens(tokens, 0).accessTokenExpiresAt).toBe('2026-11-23T11:15:00.000Z');
  });
});
