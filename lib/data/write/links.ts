import { Prisma } from "@/generated/prisma/client";
import type { Tx } from "./tx";

/**
 * Prisma's implicit many-to-many tables (see prisma/migrations/*_init): columns A and B hold the ids of
 * the two models in alphabetical order of the model names.
 */
export const LINK_TABLES = {
  country: "_CountryToEvent", // A = Country.code, B = Event.id
  topic: "_EventToTopic", // A = Event.id, B = Topic.id
  actor: "_ActorToEvent", // A = Actor.id, B = Event.id
} as const;

/** Inserts (A, B) link rows, many per statement. */
export async function insertLinks(tx: Tx, kind: keyof typeof LINK_TABLES, links: readonly (readonly [string | number, string | number])[], batchSize = 500): Promise<void> {
  for (let from = 0; from < links.length; from += batchSize) {
    const chunk = links.slice(from, from + batchSize);
    // A tagged template: each engine binds the values its own way (? or $n).
    await tx.$executeRaw`INSERT INTO ${Prisma.raw(`"${LINK_TABLES[kind]}"`)} ("A", "B") VALUES ${Prisma.join(chunk.map(([a, b]) => Prisma.sql`(${a}, ${b})`))}`;
  }
}
