import type { TimelineEvent } from "@/lib/domain";
import type { EventFilters } from "@/lib/url/filters";
import { db } from "./client";
import { eventSelect, toTimelineEvent } from "./event-select";
import { filterPlan, kept } from "./event-where";

type Client = ReturnType<typeof db>;

/** Every deadline among the filtered events, whatever its status, soonest due first. */
export async function listDeadlineEvents(filters: EventFilters, client: Client = db()): Promise<TimelineEvent[]> {
  const plan = await filterPlan(filters, client);
  const rows = kept(
    plan,
    await client.event.findMany({ where: { AND: [plan.where, { kind: "deadline" }] }, select: { ...eventSelect, id: true }, orderBy: [{ endDate: "asc" }, { slug: "asc" }] }),
  );
  return rows.map((row) => toTimelineEvent(row, filters.asOf ?? null));
}
