import type { PrismaClient } from "@/generated/prisma/client";
import { SEED_WRITER } from "./audit";
import { createEntry, recordSelect, toRecord } from "./events";

/**
 * Gives every event without a history a first `create` entry by the seed, holding the event as it is
 * now: databases seeded before history was kept (or filled by the synthetic bulk loader) would
 * otherwise show an empty history. Returns how many events it gave one.
 */
export async function backfillEventHistory(client: PrismaClient, batchSize = 500): Promise<number> {
  const audited = new Set(
    (await client.auditEntry.findMany({ where: { entity: "event" }, select: { entityId: true }, distinct: ["entityId"] })).map((r) => r.entityId),
  );
  const missing = (await client.event.findMany({ select: { id: true }, orderBy: { id: "asc" } })).map((e) => e.id).filter((id) => !audited.has(id));
  const at = new Date().toISOString();
  for (let from = 0; from < missing.length; from += batchSize) {
    const rows = await client.event.findMany({ where: { id: { in: missing.slice(from, from + batchSize) } }, select: recordSelect });
    await client.auditEntry.createMany({
      data: rows.map((row) => createEntry(toRecord(row), row.id, SEED_WRITER, at)),
    });
  }
  return missing.length;
}
