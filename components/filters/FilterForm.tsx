import Link from "next/link";
import type { Vocabulary } from "@/lib/domain";
import type { EventFilters } from "@/lib/url/filters";
import { EVENT_KINDS, EVENT_STATUSES } from "@/lib/validation/vocabulary";

interface Option {
  value: string;
  label: string;
}

function Select({ name, label, options, value }: { name: string; label: string; options: Option[]; value?: string }) {
  return (
    <label>
      {label}
      <select name={name} defaultValue={value ?? ""}>
        <option value="">All</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** A plain GET form: it works without JavaScript and writes the same parameters as the API. */
export function FilterForm({ filters, vocabulary }: { filters: EventFilters; vocabulary: Vocabulary }) {
  return (
    <form className="filters" method="get" action="/" aria-label="Filter events">
      <label>
        Search
        <input type="search" name="q" defaultValue={filters.q ?? ""} placeholder="e.g. Hegseth, 2% of GDP" />
      </label>
      <Select name="country" label="Country" value={filters.country[0]} options={vocabulary.countries.map((c) => ({ value: c.code, label: `${c.name} (${c.count})` }))} />
      <Select name="topic" label="Topic" value={filters.topic[0]} options={vocabulary.topics.map((t) => ({ value: t.slug, label: `${t.name} (${t.count})` }))} />
      <Select name="actor" label="Actor" value={filters.actor[0]} options={vocabulary.actors.map((a) => ({ value: a.slug, label: `${a.name} (${a.count})` }))} />
      <Select name="kind" label="Kind" value={filters.kind[0]} options={EVENT_KINDS.map((k) => ({ value: k, label: k.replace("-", " ") }))} />
      <Select name="status" label="Status" value={filters.status[0]} options={EVENT_STATUSES.map((s) => ({ value: s, label: s }))} />
      <label>
        From
        <input name="from" defaultValue={filters.from ?? ""} placeholder="YYYY[-MM[-DD]]" size={11} />
      </label>
      <label>
        To
        <input name="to" defaultValue={filters.to ?? ""} placeholder="YYYY[-MM[-DD]]" size={11} />
      </label>
      {filters.asOf && <input type="hidden" name="asOf" value={filters.asOf} />}
      <div className="actions">
        <button className="button" type="submit">
          Apply
        </button>
        <Link className="button secondary" href="/">
          Clear
        </Link>
      </div>
    </form>
  );
}
