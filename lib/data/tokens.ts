import { createHash, randomBytes } from "node:crypto";
import { db } from "./client";

type Client = ReturnType<typeof db>;

export interface TokenUser {
  id: string;
  name: string;
  email: string;
  role: string | null;
}

export interface TokenSummary {
  id: number;
  name: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

const TOKEN_PREFIX = "pt_";

// A token is 256 random bits, so one SHA-256 digest (not a slow password hash) is what makes a stolen
// table useless, and lets every API request find its token with one indexed lookup. better-auth's
// api-key plugin does the same but writes a rate-limit row on every request it verifies.
const digestOf = (token: string) => createHash("sha256").update(token).digest("base64url");

/** Makes a token; the only time its value is returned. */
export async function createApiToken(userId: string, name: string, client: Client = db()): Promise<{ token: string; summary: TokenSummary }> {
  const token = TOKEN_PREFIX + randomBytes(32).toString("base64url");
  const row = await client.apiToken.create({
    data: { userId, name, prefix: token.slice(0, TOKEN_PREFIX.length + 6), digest: digestOf(token) },
  });
  return { token, summary: toSummary(row) };
}

export async function listApiTokens(userId: string, client: Client = db()): Promise<TokenSummary[]> {
  const rows = await client.apiToken.findMany({ where: { userId }, orderBy: { id: "desc" } });
  return rows.map(toSummary);
}

/** Revokes one of the user's own tokens; false when it has no such live token. */
export async function revokeApiToken(userId: string, id: number, client: Client = db()): Promise<boolean> {
  const { count } = await client.apiToken.updateMany({ where: { id, userId, revokedAt: null }, data: { revokedAt: new Date() } });
  return count === 1;
}

/** The user a bearer token belongs to, or null for an unknown, revoked or banned one. */
export async function userForApiToken(token: string, client: Client = db()): Promise<TokenUser | null> {
  if (!token.startsWith(TOKEN_PREFIX)) return null;
  const row = await client.apiToken.findUnique({
    where: { digest: digestOf(token) },
    select: { id: true, revokedAt: true, lastUsedAt: true, user: { select: { id: true, name: true, email: true, role: true, banned: true } } },
  });
  if (!row || row.revokedAt || row.user.banned) return null;
  // Last use to the hour is enough to spot a stale token, and spares a write on every request.
  if (!row.lastUsedAt || Date.now() - row.lastUsedAt.getTime() > 3_600_000) {
    await client.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: new Date() } });
  }
  return { id: row.user.id, name: row.user.name, email: row.user.email, role: row.user.role };
}

function toSummary(row: { id: number; name: string; prefix: string; createdAt: Date; lastUsedAt: Date | null; revokedAt: Date | null }): TokenSummary {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
  };
}
