import { PrismaClient } from "@/generated/prisma/client";
import { createAdapter } from "./adapter";

const cache = globalThis as unknown as { policyTimelinePrisma?: PrismaClient };

/** One client per process; Next's dev server reloads modules, so it is kept on globalThis. */
export function db(): PrismaClient {
  cache.policyTimelinePrisma ??= new PrismaClient({ adapter: createAdapter() });
  return cache.policyTimelinePrisma;
}

export function createClient(env: NodeJS.ProcessEnv = process.env): PrismaClient {
  return new PrismaClient({ adapter: createAdapter(env) });
}
