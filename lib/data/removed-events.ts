import { db } from "./client";
import { cachedRead } from "./read-cache";

/** When the event with this slug was soft-deleted, or null when it was not. */
export async function removedEventOn(slug: string, client = db()): Promise<string | null> {
  const { value } = await cachedRead(client, "removed-events", async () => {
    const rows = await client.event.findMany({ where: { deletedAt: { not: null } }, select: { slug: true, deletedAt: true } });
    return new Map(rows.map((r) => [r.slug, r.deletedAt!]));
  });
  return value.get(slug) ?? null;
}
