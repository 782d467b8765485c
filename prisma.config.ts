import path from "node:path";
import { defineConfig } from "prisma/config";
import { createMigrationAdapter } from "./lib/data/adapter";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: {
    path: path.join("prisma", "migrations"),
    seed: "tsx prisma/seed.ts",
  },
  adapter: async () => createMigrationAdapter(),
});
