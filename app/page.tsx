import type { Metadata } from "next";
import { DeadlinesPanel } from "@/components/event/DeadlinesPanel";
import { EventList } from "@/components/event/EventList";
import { FilterForm } from "@/components/filters/FilterForm";
import { ParameterNotice } from "@/components/layout/ParameterNotice";
import { TimeAxis } from "@/components/timeline/TimeAxis";
import { getVocabulary, listEvents } from "@/lib/data/events";
import { resolveToday } from "@/lib/dates/countdown";
import { openDeadlines } from "@/lib/dates/deadlines";
import { parsePageState, toSearchParams } from "@/lib/url/page-state";
import { checkAgainstVocabulary } from "@/lib/url/vocabulary-check";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Policy Timeline",
};

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function HomePage({ searchParams }: { searchParams: SearchParams }) {
  const parsed = parsePageState(toSearchParams(await searchParams));
  const vocabulary = await getVocabulary();
  const checked = checkAgainstVocabulary(parsed.state.filters, vocabulary);
  const issues = [...parsed.issues, ...checked.issues];
  const { events, total } = await listEvents(checked.filters);
  const today = resolveToday("UTC");
  const deadlines = openDeadlines(events, (e) => resolveToday(e.date.timezone ?? "UTC"));

  return (
    <>
      <h1>Policy events, with their sources</h1>
      <p className="muted">
        Every event rests on a verbatim quote from a stored source. Dates keep their precision: a fiscal year stays a fiscal year,
        a deadline stays a deadline.
      </p>
      <ParameterNotice issues={issues} />
      <FilterForm filters={checked.filters} vocabulary={vocabulary} />
      <p className="small muted" data-testid="result-count" aria-live="polite">
        {total} {total === 1 ? "event" : "events"}
        {checked.filters.asOf ? `, as known on ${checked.filters.asOf}` : ""}
      </p>
      <TimeAxis events={events} today={today} />
      <div className="layout">
        <EventList events={events} />
        <DeadlinesPanel deadlines={deadlines} today={today} />
      </div>
    </>
  );
}
