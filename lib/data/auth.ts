import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { APIError, createAuthMiddleware } from "better-auth/api";
import { nextCookies } from "better-auth/next-js";
import { admin } from "better-auth/plugins";
import { adminAc, userAc } from "better-auth/plugins/admin/access";
import { noteFailedSignIn, signInBlockedFor } from "@/lib/auth/sign-in-limit";
import { publicOrigin } from "@/lib/api/origin";
import { databaseEngine, databaseFile } from "./adapter";
import { db } from "./client";

/**
 * BETTER_AUTH_SECRET signs session cookies. Without it, a random secret is made once and kept beside
 * the SQLite file (in ./data for PostgreSQL), so sessions survive a restart and every process of this
 * checkout shares it; servers on several hosts need BETTER_AUTH_SECRET.
 */
function authSecret(env: NodeJS.ProcessEnv = process.env): string {
  if (env.BETTER_AUTH_SECRET) return env.BETTER_AUTH_SECRET;
  const folder = databaseEngine(env) === "sqlite" ? path.dirname(databaseFile(env)) : path.resolve("data");
  mkdirSync(folder, { recursive: true });
  const file = path.join(folder, "auth-secret");
  try {
    writeFileSync(file, randomBytes(32).toString("base64url"), { flag: "wx", mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  return readFileSync(file, "utf8").trim();
}

const siteUrl = process.env.SITE_URL?.trim() || undefined;

function createAuth() {
  return betterAuth({
    appName: "Policy Timeline",
    secret: authSecret(),
    ...(siteUrl ? { baseURL: siteUrl } : {}),
    // Without SITE_URL the origin comes from each request, which is what a local `npm start` wants;
    // better-auth warns about that at every start, so only errors are logged.
    logger: { level: siteUrl ? "warn" : "error" },
    // better-auth refuses a sign-in whose Origin it does not trust; the site's own origin is the one
    // the app's pages are served from (SITE_URL, or the host the browser asked for).
    trustedOrigins: (request?: Request) => (request ? [publicOrigin(request.headers, new URL(request.url).origin)] : []),
    database: prismaAdapter(db(), { provider: databaseEngine() }),
    // Accounts are made by an admin or `npm run user:create`, never by signing up.
    emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: 10 },
    session: { expiresIn: 60 * 60 * 24 * 14, updateAge: 60 * 60 * 24 },
    // Secure cookies when the site is served over https (SITE_URL says so); HttpOnly and SameSite=Lax always.
    advanced: { useSecureCookies: siteUrl?.startsWith("https://") ?? false },
    // better-auth's own limit is per client address; its default for sign-in (3 in 10 s) would lock out
    // a newsroom behind one address. The per-account limit (10 failures a minute) is in the hooks below.
    rateLimit: { customRules: { "/sign-in/email": { window: 60, max: 100 } } },
    hooks: {
      before: createAuthMiddleware(async (ctx) => {
        if (ctx.path !== "/sign-in/email" || typeof ctx.body?.email !== "string") return;
        const wait = await signInBlockedFor(ctx.body.email);
        if (wait > 0) {
          throw new APIError("TOO_MANY_REQUESTS", {
            message: `Too many failed sign-ins for this address. Try again in ${wait} s.`,
          });
        }
      }),
      after: createAuthMiddleware(async (ctx) => {
        if (ctx.path !== "/sign-in/email" || typeof ctx.body?.email !== "string") return;
        if (ctx.context.returned instanceof APIError) await noteFailedSignIn(ctx.body.email);
      }),
    },
    plugins: [
      admin({
        defaultRole: "reader",
        adminRoles: ["admin"],
        roles: { admin: adminAc, editor: userAc, reader: userAc },
      }),
      // Lets Server Actions set the session cookie.
      nextCookies(),
    ],
  });
}

type Auth = ReturnType<typeof createAuth>;
const cache = globalThis as unknown as { policyTimelineAuth?: Auth };

/** One better-auth instance per process, on the app's own database. */
export function auth(): Auth {
  cache.policyTimelineAuth ??= createAuth();
  return cache.policyTimelineAuth;
}
