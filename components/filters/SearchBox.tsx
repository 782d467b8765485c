"use client";

import { useId, useMemo, useState, type KeyboardEvent } from "react";
import type { Vocabulary } from "@/lib/domain";
import { suggestFilters, type Suggestion } from "@/lib/search/suggest";

const FACET_NAMES: Record<Suggestion["facet"], string> = { actor: "Actor", country: "Country", topic: "Topic" };

/**
 * The text search, which offers actors (by any of their names), countries and topics as one types:
 * choosing one filters by it instead of searching the words. Enter without a choice searches the text.
 * An ARIA combobox: arrows move through the suggestions, Enter picks, Escape closes.
 */
export function SearchBox({ initial, vocabulary, onPick }: { initial: string; vocabulary: Vocabulary; onPick: (suggestion: Suggestion) => void }) {
  const [text, setText] = useState(initial);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const suggestions = useMemo(() => (open ? suggestFilters(text, vocabulary) : []), [open, text, vocabulary]);
  const listId = useId();
  const expanded = suggestions.length > 0;

  const pick = (suggestion: Suggestion) => {
    setText("");
    setOpen(false);
    setActive(-1);
    onPick(suggestion);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (!expanded) return setOpen(true);
      event.preventDefault();
      // -1 (the text itself) and each suggestion in turn, wrapping round.
      const step = event.key === "ArrowDown" ? 1 : -1;
      const positions = suggestions.length + 1;
      setActive(((active + 1 + step + positions) % positions) - 1);
    } else if (event.key === "Enter" && expanded && active >= 0 && active < suggestions.length) {
      event.preventDefault();
      pick(suggestions[active]);
    } else if (event.key === "Escape" && expanded) {
      event.preventDefault();
      setOpen(false);
      setActive(-1);
    }
  };

  return (
    <div className="search-box">
      <label htmlFor={`${listId}-input`}>Search</label>
      <input
        id={`${listId}-input`}
        type="search"
        name="q"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
        autoComplete="off"
        placeholder="Words, or a name: Hegseth, Japan…"
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      <ul id={listId} role="listbox" aria-label="Filters to choose" className="suggestions" hidden={!expanded}>
        {suggestions.map((s, i) => (
          <li
            key={`${s.facet}:${s.value}`}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            data-testid="suggestion"
            // mousedown, not click: the input's blur would close the list first.
            onMouseDown={(e) => {
              e.preventDefault();
              pick(s);
            }}
          >
            <span className="suggestion-facet">{FACET_NAMES[s.facet]}</span> <span className="suggestion-label">{s.label}</span>
            {s.matched && <span className="muted small"> ({s.matched})</span>}
            <span className="facet-count">{s.count.toLocaleString("en-US")}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
