import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventHistory } from "@/lib/data/audit-log";
import { bulkLoadCorpus } from "@/lib/data/bulk-load";
import { backfillEventHistory } from "@/lib/data/write/backfill";
import { readCorpus } from "@/prisma/seed";
import { createTestDatabase } from "./test-database";

describe("history for events written before history was kept", () => {
  let database: ReturnType<typeof createTestDatabase>;
  beforeAll(async () => {
    database = createTestDatabase();
    const { seed, texts } = readCorpus();
    // The bulk loader writes no audit entries, like a database seeded before this version.
    await bulkLoadCorpus(database.client, seed, texts);
  });
  afterAll(() => database.dispose());

  it("gives each such event one create entry by the seed, once", async () => {
    const events = await database.client.event.count();
    expect(await database.client.auditEntry.count()).toBe(0);
    expect(await backfillEventHistory(database.client)).toBe(events);
    expect(await backfillEventHistory(database.client)).toBe(0);
    const history = await eventHistory("japan-us-defense-ministers-meeting-2025-10-29", database.client);
    expect(history).toEqual([expect.objectContaining({ version: 1, action: "create", actor: { name: "seed" } })]);
  });
});
