import { execFileSync } from "node:child_process";
import path from "node:path";
import { createClient } from "@/lib/data/client";
import { createApiToken } from "@/lib/data/tokens";
import { ROOT } from "./config";

const ADMIN = { email: "loadtest@bench.local", password: "loadtest-password-123" };

/** An admin's API token on the database at `url` (the first admin, made as `npm start` would). */
export async function editorToken(url: string, secret: string): Promise<string> {
  const env = { ...process.env, DATABASE_URL: url, ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password, BETTER_AUTH_SECRET: secret };
  execFileSync(path.join(ROOT, "node_modules/.bin/tsx"), ["scripts/user-create.ts", "--first-admin"], { cwd: ROOT, env, stdio: "pipe" });
  const client = createClient(env);
  try {
    const user = await client.user.findFirstOrThrow({ where: { email: ADMIN.email }, select: { id: true } });
    return (await createApiToken(user.id, `bench ${Date.now()}`, client)).token;
  } finally {
    await client.$disconnect();
  }
}
