import { execFileSync } from "node:child_process";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient } from "@/lib/data/client";
import { cachedRead, noteWrite } from "@/lib/data/read-cache";
import { timelineItemsJson } from "@/lib/data/timeline";
import { emptyFilters } from "@/lib/url/filters";
import { createTestDatabase, TEST_POSTGRES } from "./test-database";

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

    const other = createClient({ ...process.env, DATABASE_URL: database.url });
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

  it("computes once for concurrent misses of one key; a failure reaches every waiter and is not kept", async () => {
    let computed = 0;
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const read = () => cachedRead(database.client, "concurrent", async () => (++computed, await gate, database.client.country.count()));
    const readers = Array.from({ length: 20 }, read);
    await new Promise((resolve) => setTimeout(resolve, 200));
    release();
    const answers = await Promise.all(readers);
    expect(computed).toBe(1);
    expect(new Set(answers.map((a) => a.value)).size).toBe(1);

    let failures = 0;
    let fail!: () => void;
    const failGate = new Promise<void>((resolve) => (fail = resolve));
    const failing = () => cachedRead(database.client, "failing", async () => (++failures, await failGate, Promise.reject(new Error("boom"))));
    const waiting = [failing(), failing(), failing()];
    // Every caller has read the version and joined the one computation before it fails.
    await new Promise((resolve) => setTimeout(resolve, 200));
    fail();
    const results = await Promise.allSettled(waiting);
    expect(results.every((r) => r.status === "rejected")).toBe(true);
    expect(failures).toBe(1);
    // A failure is not cached: the next read tries again.
    await failing().catch(() => {});
    expect(failures).toBe(2);
  });

  it("stays within READ_CACHE_MB, and searches evict only searches", async () => {
    const bounded = createTestDatabase();
    const before = process.env.READ_CACHE_MB;
    process.env.READ_CACHE_MB = "1";
    try {
      const computed = new Map<string, number>();
      const read = (key: string, bytes: number) =>
        cachedRead(bounded.client, key, async () => (computed.set(key, (computed.get(key) ?? 0) + 1), Buffer.alloc(bytes)));
      await read("timeline-json?", 600_000);
      for (let i = 0; i < 40; i++) await read(`page?q=word${i}&limit=20`, 100_000);
      await read("timeline-json?", 600_000);
      expect(computed.get("timeline-json?")).toBe(1);
      // The searches' eighth (128 kB) holds one of them: the first was evicted, the last is kept.
      await read("page?q=word39&limit=20", 100_000);
      await read("page?q=word0&limit=20", 100_000);
      expect(computed.get("page?q=word39&limit=20")).toBe(1);
      expect(computed.get("page?q=word0&limit=20")).toBe(2);
      // More than the whole bound is answered but not kept.
      await read("count?", 2_000_000);
      await read("count?", 2_000_000);
      expect(computed.get("count?")).toBe(2);
      await read("timeline-json?", 600_000);
      expect(computed.get("timeline-json?")).toBe(1);
    } finally {
      if (before === undefined) delete process.env.READ_CACHE_MB;
      else process.env.READ_CACHE_MB = before;
      await bounded.dispose();
    }
  });

  it("gzips the timeline's body once per data version, kept with it", async () => {
    const json = () => timelineItemsJson(emptyFilters(), database.client);
    const first = await json();
    const gzipped = await first.body.gzipped();
    expect(gunzipSync(gzipped)).toEqual(first.body.bytes);
    expect(JSON.parse(first.body.bytes.toString("utf8"))).toEqual({ items: [] });

    const again = await json();
    expect(again.version).toBe(first.version);
    expect(await again.body.gzipped()).toBe(gzipped);

    await database.client.country.create({ data: { code: "US", name: "United States" } });
    noteWrite();
    const changed = await json();
    expect(changed.version).not.toBe(first.version);
    expect(await changed.body.gzipped()).not.toBe(gzipped);
  });

  it("gives a version another process agrees with on PostgreSQL, that a restart never repeats on SQLite, and that a write anywhere moves", () => {
    const versionInNewProcess = (...args: string[]) =>
      execFileSync(path.resolve("node_modules/.bin/tsx"), [path.resolve("tests/integration/print-data-version.ts"), ...args], { env: { ...process.env, DATABASE_URL: database.url }, encoding: "utf8" }).trim();
    const first = versionInNewProcess();
    const second = versionInNewProcess();
    if (TEST_POSTGRES) expect(second).toBe(first);
    else expect(second).not.toBe(first);
    versionInNewProcess("--write");
    expect(versionInNewProcess()).not.toBe(second);
  });
});
