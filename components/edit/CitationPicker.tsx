"use client";

import { useRef } from "react";
import { CITATION_SUPPORTS } from "@/lib/validation/vocabulary";
import { ChoiceField } from "./Fields";

export interface CitationDraft {
  source: string;
  quote: string;
  start?: number;
  end?: number;
  supports: string;
}

interface Props {
  index: number;
  citation: CitationDraft;
  sources: { slug: string; title: string; text: string }[];
  onChange: (next: CitationDraft) => void;
  onRemove: () => void;
}

/** Where a selection inside `container` starts and ends, in UTF-16 units of its text (String#slice's units). */
function selectionOffsets(container: HTMLElement): { start: number; end: number } | null {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) return null;
  const before = document.createRange();
  before.selectNodeContents(container);
  before.setEnd(range.startContainer, range.startOffset);
  const start = before.toString().length;
  return { start, end: start + range.toString().length };
}

/** One citation: choose its source, then select the passage in the source's text (the offsets fill in), or type the quote. */
export function CitationPicker({ index, citation, sources, onChange, onRemove }: Props) {
  const textRef = useRef<HTMLDivElement>(null);
  const source = sources.find((s) => s.slug === citation.source);

  function takeSelection() {
    if (!textRef.current || !source) return;
    const offsets = selectionOffsets(textRef.current);
    if (!offsets) return;
    onChange({ ...citation, quote: source.text.slice(offsets.start, offsets.end), ...offsets });
  }

  return (
    <div className="citation-editor" data-testid={`citation-${index}`}>
      <div className="field-row">
        <label>
          Source
          <select value={citation.source} onChange={(e) => onChange({ ...citation, source: e.target.value, start: undefined, end: undefined })}>
            <option value="">Choose a source…</option>
            {sources.map((s) => (
              <option key={s.slug} value={s.slug}>
                {s.title}
              </option>
            ))}
          </select>
        </label>
        <ChoiceField label="Supports" value={citation.supports} choices={CITATION_SUPPORTS} onChange={(supports) => onChange({ ...citation, supports })} />
      </div>
      {source && (
        <>
          <p className="small muted" id={`citation-${index}-help`}>
            Select the passage in the text below to quote it; its offsets fill in.
          </p>
          <div ref={textRef} className="source-text" onMouseUp={takeSelection} onKeyUp={takeSelection} tabIndex={0} aria-describedby={`citation-${index}-help`} data-testid={`citation-${index}-text`}>
            {source.text}
          </div>
        </>
      )}
      <label>
        Quote (verbatim)
        <textarea
          rows={3}
          value={citation.quote}
          onChange={(e) => onChange({ ...citation, quote: e.target.value, start: undefined, end: undefined })}
          data-testid={`citation-${index}-quote`}
        />
      </label>
      <p className="small muted" data-testid={`citation-${index}-offsets`}>
        {citation.start !== undefined ? `Characters ${citation.start}–${citation.end} of the source.` : "Offsets are found when you save (the quote must appear exactly once, verbatim)."}
      </p>
      <button type="button" className="link-button" onClick={onRemove}>
        Remove citation {index + 1}
      </button>
    </div>
  );
}
