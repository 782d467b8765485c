"use client";

import Form from "next/form";
import Link from "next/link";
import { useState, type ChangeEvent } from "react";
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
      <select name={name} defaultValue={value ?? ""} onChange={submitOnChange}>
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

function submitOnChange(event: ChangeEvent<HTMLSelectElement>) {
  event.currentTarget.form?.requestSubmit();
}

/** Settings of the view that a filter change keeps. */
export interface KeptSettings {
  view?: string;
  lanes?: string;
  embed?: boolean;
  asOf?: string;
}

/**
 * The filters as a GET form: without JavaScript it reloads the page with the same parameters as the
 * API; with it, next/form navigates on the client and every choice lands in the URL (so Back works).
 * On narrow screens it folds into a drawer.
 */
export function FilterForm({ filters, vocabulary, kept }: { filters: EventFilters; vocabulary: Vocabulary; kept: KeptSettings }) {
  const [open, setOpen] = useState(false);
  const active = filters.country.length + filters.topic.length + filters.actor.length + filters.kind.length + filters.status.length + (filters.q ? 1 : 0) + (filters.from ? 1 : 0) + (filters.to ? 1 : 0);
  return (
    <div className={`filters-drawer${open ? " open" : ""}`}>
      <button type="button" className="button secondary drawer-toggle" aria-expanded={open} aria-controls="filter-form" onClick={() => setOpen(!open)}>
        Filters{active ? ` (${active} active)` : ""}
      </button>
      <Form id="filter-form" className="filters" action="/" aria-label="Filter events">
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
        {kept.asOf && <input type="hidden" name="asOf" value={kept.asOf} />}
        {kept.view && kept.view !== "timeline" && <input type="hidden" name="view" value={kept.view} />}
        {kept.lanes && kept.lanes !== "country" && <input type="hidden" name="lanes" value={kept.lanes} />}
        {kept.embed && <input type="hidden" name="embed" value="1" />}
        <div className="actions">
          <button className="button" type="submit">
            Apply
          </button>
          <Link className="button secondary" href="/">
            Clear
          </Link>
        </div>
      </Form>
    </div>
  );
}
