import { describe, expect, it, vi } from "vitest";
import { CHANGE_LOG_KEEP } from "@/lib/data/change-log";
import { createClient } from "@/lib/data/client";
import { LIVE } from "@/lib/data/event-where";
import { liveItems } from "@/lib/data/item-store";
import { readItems } from "@/lib/data/read-items";
import { parseImportBundle, removeEvent, runImport, writeEvent, type Writer } from "@/lib/data/write";
import { unpackItem } from "@/lib/timeline/items";
import { eventWriteFixture } from "./event-write-fixture";
import { useSeededDatabase } from "./test-database";

// Counts the store's reads and what they asked for, around the real function.
// A test may hold the reads at a gate, to make two refreshes overlap.
const reads = vi.hoisted(() => [] as unknown[]);
const gate = vi.hoisted(() => ({ closed: null as Promise<void> | null }));
vi.mock("@/lib/data/read-items", async (original) => {
  const actual = await original<typeof import("@/lib/data/read-items")>();
  return {
    ...actual,
    readItems: async (...args: Parameters<typeof actual.readItems>) => {
      reads.push(args[1]);
      await gate.closed;
      return actual.readItems(...args);
    },
  };
});

const editor: Writer = { userId: null, name: "Item Store Tester" };

describe("the timeline's item store, patched from the change log", () => {
  const database = useSeededDatabase();
  /** What a fresh full read gives, in the store's order. */
  const truth = async () => (await readItems(database.client, LIVE)).map((r) => r.item).sort((a, b) => a[3] - b[3] || a[4] - b[4] || (a[0] < b[0] ? -1 : 1));
  const readsDuring = async () => {
    reads.length = 0;
    const snapshot = await liveItems(database.client);
    // Its three forms say the same.
    expect(snapshot.feed().toString("utf8")).toBe(JSON.stringify({ items: snapshot.packed }));
    expect(snapshot.items).toEqual(snapshot.packed.map(unpackItem));
    const countries = new Map<string, number>();
    for (const item of snapshot.items) for (const code of item.countries) countries.set(code, (countries.get(code) ?? 0) + 1);
    expect(new Map([...snapshot.countries].filter(([, n]) => n > 0))).toEqual(countries);
    const links = await database.client.$queryRaw<{ actor: number; n: bigint | number }[]>`
      SELECT l."A" AS "actor", count(*) AS "n" FROM "_ActorToEvent" l JOIN "Event" e ON e."id" = l."B" WHERE e."deletedAt" IS NULL GROUP BY l."A"`;
    expect(new Map([...snapshot.actors].filter(([, n]) => n > 0))).toEqual(new Map(links.map((r) => [Number(r.actor), Number(r.n)])));
    return { items: snapshot.packed, reads: [...reads] };
  };

  it("loads everything once, then reads only the changed events after each kind of write", async () => {
    const first = await readsDuring();
    expect(first.reads).toEqual([LIVE]);
    expect(first.items).toEqual(await truth());

    await writeEvent(eventWriteFixture({ slug: "store-a", title: "Store A" }), editor, { mode: "create" }, database.client);
    let step = await readsDuring();
    expect(step.reads).toHaveLength(1);
    expect(step.reads[0]).not.toEqual(LIVE);
    expect(step.items.map((i) => i[0])).toContain("store-a");
    expect(step.items).toEqual(await truth());

    // A move in time, new countries and topics: the item leaves its place and takes its new one.
    await writeEvent(
      eventWriteFixture({ slug: "store-a", title: "Store A moved", countries: ["US", "CN"], actors: ["shinjiro-koizumi"], date: { start: "2024-01-02", end: "2024-01-02", precision: "day", label: "2 January 2024" } }),
      editor,
      { mode: "update" },
      database.client,
    );
    step = await readsDuring();
    expect(step.reads).toHaveLength(1);
    expect(step.items.find((i) => i[0] === "store-a")?.[8]).toBe("CN,US");
    expect(step.items).toEqual(await truth());

    await removeEvent("store-a", editor, undefined, database.client);
    step = await readsDuring();
    expect(step.items.map((i) => i[0])).not.toContain("store-a");
    expect(step.items).toEqual(await truth());

    // Nothing changed: nothing read.
    expect((await readsDuring()).reads).toEqual([]);
  });

  it("sees a write through another connection, and reads everything again after more changes than one IN list holds", async () => {
    await liveItems(database.client);
    const other = createClient({ ...process.env, DATABASE_URL: database.url });
    try {
      await other.event.update({ where: { slug: "japan-us-defense-ministers-meeting-2025-10-29" }, data: { title: "Retitled elsewhere" } });
    } finally {
      await other.$disconnect();
    }
    let step = await readsDuring();
    expect(step.reads).toHaveLength(1);
    expect(step.items.find((i) => i[0] === "japan-us-defense-ministers-meeting-2025-10-29")?.[1]).toBe("Retitled elsewhere");

    const many = Array.from({ length: 950 }, (_, i) => eventWriteFixture({ slug: `store-bulk-${i}`, title: `Bulk ${i}` }));
    await runImport(parseImportBundle({ events: many }), editor, {}, database.client);
    step = await readsDuring();
    expect(step.reads).toEqual([LIVE]);
    expect(step.items).toEqual(await truth());
  });

  it("applies overlapping refreshes one after the other, so fast writes lose no unchanged event", async () => {
    await liveItems(database.client);
    await writeEvent(eventWriteFixture({ slug: "store-overlap-a", title: "Overlap A" }), editor, { mode: "create" }, database.client);
    let open!: () => void;
    gate.closed = new Promise((resolve) => (open = resolve));
    const first = liveItems(database.client);
    // Let the first refresh reach the gate before the next write.
    await new Promise((resolve) => setTimeout(resolve, 50));
    await writeEvent(eventWriteFixture({ slug: "store-overlap-b", title: "Overlap B" }), editor, { mode: "create" }, database.client);
    const second = liveItems(database.client);
    await new Promise((resolve) => setTimeout(resolve, 50));
    gate.closed = null;
    open();
    await first;
    expect((await second).packed).toEqual(await truth());
    expect((await readsDuring()).items).toEqual(await truth());
  });

  it("keeps the change log to its last CHANGE_LOG_KEEP rows, and reads everything again when it was pruned past the store", async () => {
    await liveItems(database.client);
    const [event] = await database.client.event.findMany({ select: { id: true }, take: 1 });
    await database.client.$executeRawUnsafe(
      `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${CHANGE_LOG_KEEP + 500})
       INSERT INTO "_policy_timeline_event_changes" ("eventId") SELECT ${event.id} FROM n`,
    );
    await writeEvent(eventWriteFixture({ slug: "store-pruned", title: "After the prune" }), editor, { mode: "create" }, database.client);
    const [{ n }] = await database.client.$queryRaw<{ n: bigint | number }[]>`SELECT count(*) AS "n" FROM "_policy_timeline_event_changes"`;
    expect(Number(n)).toBe(CHANGE_LOG_KEEP);
    const step = await readsDuring();
    expect(step.reads).toEqual([LIVE]);
    expect(step.items.map((i) => i[0])).toContain("store-pruned");
    expect(step.items).toEqual(await truth());
  });
});
