// Vitest global setup: says which engine the integration tests run on, and how to run them on the other.
export default function setup() {
  const postgres = process.env.POLICY_TIMELINE_TEST_POSTGRES?.trim();
  if (postgres) console.log(`› Integration tests on PostgreSQL (a fresh database per test file on ${new URL(postgres).host})`);
  else console.log("› Integration tests on SQLite. No PostgreSQL server is configured: run `npm run test:postgres` with POLICY_TIMELINE_TEST_POSTGRES=postgresql://… to run them (and the end-to-end suite) on PostgreSQL too.");
}
