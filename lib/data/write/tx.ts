import type { PrismaClient } from "@/generated/prisma/client";
import { pruneChangeLog } from "../change-log";
import { adoptEngine } from "../client";
import { noteWrite } from "../read-cache";

export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

/** Thrown inside a dry run's transaction so that everything it wrote is rolled back. */
class DryRunRollback<T> extends Error {
  constructor(readonly result: T) {
    super("dry run");
  }
}

/**
 * Runs `work` in one transaction: all of it is written, or (on any error) none of it. A dry run does
 * the same work and rolls it back, so its report is exactly what a real run would do.
 */
export async function inTransaction<T>(client: PrismaClient, work: (tx: Tx) => Promise<T>, options: { dryRun?: boolean; timeoutMs?: number } = {}): Promise<T> {
  try {
    const result = await client.$transaction(
      async (tx) => {
        adoptEngine(tx, client);
        const value = await work(tx);
        if (options.dryRun) throw new DryRunRollback(value);
        await pruneChangeLog(tx);
        return value;
      },
      { timeout: options.timeoutMs ?? 30_000, maxWait: 30_000 },
    );
    noteWrite();
    return result;
  } catch (error) {
    if (error instanceof DryRunRollback) return error.result as T;
    throw error;
  }
}
