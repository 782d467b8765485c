// Run as a separate process by read-cache.test.ts: prints the data version a fresh app process sees;
// with --write, first adds a topic through this process.
import { createClient } from "@/lib/data/client";
import { dataVersion } from "@/lib/data/read-cache";

async function main() {
  const client = createClient();
  if (process.argv.includes("--write")) await client.topic.create({ data: { slug: `written-${process.pid}`, name: "Written by another process" } });
  console.log(await dataVersion(client));
  await client.$disconnect();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
