import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient } from "@/lib/data/client";
import { cachedRead, noteWrite } from "@/lib/data/read-cache";
import { createTestDatabase } from "./test-database";

describe("reads cached until the data changes", () => {
  let database: ReturnType<typeof createTestDatabase>;
  beforeAll(() => {
    database = createTestDatabase();
  });
  afterAll(async () => {
    await database.dispose();
  });

  it("computes once per data version, and again after another connection commits", async () => {
    let computed = 0;
    const count = () => cachedRead(database.client, "countries", async () => (++computed, database.client.country.count()));
    expect((await count()).value).toBe(0);
    expect((await count()).value).toBe(0);
    expect(computed).toBe(1);

    const other = createClient({ ...process.env, DATABASE_URL: `file:${database.file}` });
    await other.country.create({ data: { code: "JP", name: "Japan" } });
    await other.$disconnect();

    expect((await count()).value).toBe(1);
    expect(computed).toBe(2);
  });

  it("computes again after a write through this process's own connection is noted", async () => {
    let computed = 0;
    const read = () => cachedRead(database.client, "topics", async () => (++computed, database.client.topic.count()));
    await read();
    await database.client.topic.create({ data: { slug: "alliance", name: "Alliance" } });
    noteWrite();
    expect((await read()).value).toBe(1);
    expect(computed).toBe(2);
  });
});
