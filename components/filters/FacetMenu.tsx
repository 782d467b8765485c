"use client";

import { useEffect, useRef, useState } from "react";
import type { Facet } from "@/lib/url/facets";
import { nameMatches } from "@/lib/search/suggest";

export interface FacetOption {
  value: string;
  label: string;
  count: number;
  /** Another name the box below searches too (a country's code). */
  alias?: string;
}

/** Past this many choices a facet gets its own search box. */
const SEARCHABLE_FROM = 8;
/** Most choices drawn at once; the search box reaches the rest (an actor list can run to thousands). */
const SHOWN_AT_MOST = 150;

/**
 * One facet as a menu of checkboxes with counts. A `<details>`, so that without JavaScript it still
 * opens and its boxes go with the form; with it, each tick applies at once and a click outside or
 * Escape closes it.
 */
export function FacetMenu({ facet, label, options, selected, onToggle }: { facet: Facet; label: string; options: FacetOption[]; selected: string[]; onToggle: (value: string) => void }) {
  const menu = useRef<HTMLDetailsElement>(null);
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState("");
  useEffect(() => {
    if (!open) return;
    const close = (event: Event) => {
      const details = menu.current;
      if (!details) return;
      if (event instanceof KeyboardEvent ? event.key === "Escape" : !details.contains(event.target as Node)) {
        details.open = false;
        if (event instanceof KeyboardEvent && details.contains(document.activeElement)) details.querySelector("summary")?.focus();
      }
    };
    // On click, not pointerdown: closing a menu on a narrow screen moves what is below it, and the press
    // that closed it would otherwise land on something else.
    document.addEventListener("click", close);
    document.addEventListener("keydown", close);
    return () => {
      document.removeEventListener("click", close);
      document.removeEventListener("keydown", close);
    };
  }, [open]);

  const matching = options.filter((o) => selected.includes(o.value) || nameMatches(typed, o.label, o.alias ?? ""));
  const shown = matching.length > SHOWN_AT_MOST ? mostUsed(matching, selected) : matching;
  const listId = `facet-${facet}-options`;
  return (
    <details ref={menu} className="facet" data-facet={facet} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary aria-label={selected.length ? `${label}, ${selected.length} chosen` : label}>
        {label}
        {selected.length > 0 && <span className="facet-badge">{selected.length}</span>}
      </summary>
      <div className="facet-panel" role="group" aria-label={label}>
        {options.length > SEARCHABLE_FROM && (
          <input type="search" className="facet-search" aria-label={`Find ${label.toLowerCase()}`} aria-controls={listId} placeholder={`Find ${label.toLowerCase()}…`} value={typed} onChange={(e) => setTyped(e.target.value)} />
        )}
        <ul id={listId} className="facet-options">
          {shown.map((o) => (
            <li key={o.value} className={o.count === 0 && !selected.includes(o.value) ? "zero" : undefined}>
              <label>
                <input type="checkbox" name={facet} value={o.value} checked={selected.includes(o.value)} onChange={() => onToggle(o.value)} />
                <span className="facet-label">{o.label}</span>
                <span className="facet-count" aria-label={`${o.count} ${o.count === 1 ? "event" : "events"}`}>
                  {o.count.toLocaleString("en-US")}
                </span>
              </label>
            </li>
          ))}
        </ul>
        {matching.length === 0 && <p className="small muted facet-none">No {label.toLowerCase()} match “{typed}”.</p>}
        {shown.length < matching.length && (
          <p className="small muted facet-none">
            The {shown.length} with most events of {matching.length.toLocaleString("en-US")}; type to find the others.
          </p>
        )}
      </div>
    </details>
  );
}

/** The chosen options and then those with most events, up to the limit, in the list's own order. */
function mostUsed(options: FacetOption[], selected: string[]): FacetOption[] {
  const keep = new Set(
    [...options]
      .sort((a, b) => Number(selected.includes(b.value)) - Number(selected.includes(a.value)) || b.count - a.count)
      .slice(0, SHOWN_AT_MOST)
      .map((o) => o.value),
  );
  return options.filter((o) => keep.has(o.value));
}
