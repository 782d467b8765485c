import { diffRecords, type FieldChange } from "@/lib/audit/changes";
import type { Tx } from "./tx";

/** Who a write is attributed to: a signed-in user, or the seed / a command-line load (no user). */
export interface Writer {
  userId: string | null;
  name: string;
}

export const SEED_WRITER: Writer = { userId: null, name: "seed" };

export type AuditAction = "create" | "update" | "delete";
export type AuditEntity = "event" | "source" | "target" | "actor" | "topic" | "country" | "user";

/** Records one write in the same transaction as the write itself; returns the changes it recorded. */
export async function recordAudit(
  tx: Tx,
  writer: Writer,
  entry: { action: AuditAction; entity: AuditEntity; entityId: number; entitySlug: string; before: object | null; after: object | null },
  at: string,
): Promise<FieldChange[]> {
  const changes = diffRecords(entry.before as Record<string, unknown> | null, entry.after as Record<string, unknown> | null);
  await tx.auditEntry.create({
    data: {
      at,
      userId: writer.userId,
      actorName: writer.name,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId,
      entitySlug: entry.entitySlug,
      changes: JSON.stringify(changes),
      snapshot: entry.after ? JSON.stringify(entry.after) : null,
    },
  });
  return changes;
}
