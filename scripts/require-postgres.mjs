// `npm run test:postgres` runs the integration and end-to-end suites on PostgreSQL: it needs an admin
// URL to a server (its `postgres` database), under which each test makes and drops its own databases.
import { spawnSync } from "node:child_process";

const url = process.env.POLICY_TIMELINE_TEST_POSTGRES?.trim();
if (!url || !/^postgres(ql)?:\/\//.test(url)) {
  console.error("✗ Set POLICY_TIMELINE_TEST_POSTGRES=postgresql://user:password@host:5432/postgres (a role that may create databases).");
  process.exit(1);
}
const check = spawnSync("psql", [url, "-Atqc", "SELECT current_setting('server_version')"], { encoding: "utf8" });
if (check.status !== 0) {
  console.error(`✗ Cannot reach PostgreSQL through POLICY_TIMELINE_TEST_POSTGRES with psql: ${check.stderr.trim() || check.error?.message}`);
  process.exit(1);
}
console.log(`› PostgreSQL ${check.stdout.trim()} at ${new URL(url).host}`);
