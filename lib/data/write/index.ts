import type { PublishRequest } from "@/lib/validation/ingest";
import type { EventWrite, ImportBundle, SourceWrite, TargetWrite } from "@/lib/validation/write";
import { db } from "../client";
import type { Writer } from "./audit";
import { importBundle, type ImportReport } from "./import";
import { deleteEvent, saveEvent, type WriteOutcome } from "./events";
import { References } from "./references";
import { saveSource } from "./sources";
import { publishIngestion, type PublishReport } from "./publish";
import { saveTarget } from "./targets";
import { inTransaction } from "./tx";

// The one write path: every edit, import and (next) ingestion goes through these, each in one
// transaction with its audit entry, and the read caches see it at once (inTransaction notes the write).

export type { Writer } from "./audit";
export { parseImportBundle, type ImportReport } from "./import";
export type { PublishReport } from "./publish";

export function runImport(bundle: ImportBundle, writer: Writer, options: { dryRun?: boolean; onProgress?: (done: number, total: number) => void } = {}, client: Client = db()): Promise<ImportReport> {
  return importBundle(client, bundle, writer, options);
}

type Client = ReturnType<typeof db>;

const now = () => new Date().toISOString();

export function writeEvent(input: EventWrite, writer: Writer, options: { mode: "create" | "update"; currentSlug?: string }, client: Client = db()): Promise<WriteOutcome> {
  return inTransaction(client, (tx) => {
    const at = now();
    return saveEvent(tx, input, writer, new References(tx, writer, at), at, options);
  });
}

export function removeEvent(slug: string, writer: Writer, expectedVersion: number | undefined, client: Client = db()): Promise<void> {
  return inTransaction(client, (tx) => deleteEvent(tx, slug, writer, now(), expectedVersion));
}

export function writeSource(input: SourceWrite, writer: Writer, mode: "create" | "update", client: Client = db()): Promise<WriteOutcome> {
  return inTransaction(client, (tx) => {
    const at = now();
    return saveSource(tx, input, writer, new References(tx, writer, at), at, { mode });
  });
}

export function writeTarget(input: TargetWrite, writer: Writer, mode: "create" | "update", client: Client = db()): Promise<WriteOutcome> {
  return inTransaction(client, (tx) => saveTarget(tx, input, writer, now(), { mode }));
}

/** An ingested article published: its source, the accepted events and their target revisions, all or nothing. */
export function publishIngested(input: PublishRequest, writer: Writer, client: Client = db()): Promise<PublishReport> {
  return inTransaction(client, (tx) => publishIngestion(tx, input, writer, now()), { timeoutMs: 120_000 });
}
