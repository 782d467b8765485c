"use client";

import { useState } from "react";
import { CITATION_STYLE_NAMES, CITATION_STYLES, type CitationStyle } from "@/lib/citations/format";

type Copied = { style: CitationStyle; result: "copied" | "manual" } | null;

/**
 * "Cite this" with the APA, Chicago and BibTeX forms, formatted on the server (lib/citations/format.ts).
 * Each has a copy button; without clipboard access the text is shown selected in a box to copy by hand.
 */
export function CiteThis(citations: Record<CitationStyle, string>) {
  const [copied, setCopied] = useState<Copied>(null);
  const copy = async (style: CitationStyle) => {
    try {
      await navigator.clipboard.writeText(citations[style]);
      setCopied({ style, result: "copied" });
    } catch {
      setCopied({ style, result: "manual" });
    }
  };
  return (
    <section className="cite-this" aria-labelledby="cite-this-heading" data-testid="cite-this">
      <h2 id="cite-this-heading">Cite this</h2>
      {CITATION_STYLES.map((style) => {
        const manual = copied?.style === style && copied.result === "manual";
        return (
          <div key={style} className="cite-style" data-testid={`cite-${style}`}>
            <div className="cite-head">
              <h3>{CITATION_STYLE_NAMES[style]}</h3>
              <button type="button" className="button secondary small-button" onClick={() => copy(style)}>
                {copied?.style === style && copied.result === "copied" ? "Copied" : `Copy ${CITATION_STYLE_NAMES[style]}`}
              </button>
            </div>
            {manual ? (
              <>
                <p className="small" role="status">
                  Copying is not allowed here: the text is selected, press Ctrl+C (⌘C on a Mac).
                </p>
                <textarea
                  className="cite-text"
                  readOnly
                  value={citations[style]}
                  rows={style === "bibtex" ? 12 : 6}
                  aria-label={`${CITATION_STYLE_NAMES[style]} citation`}
                  ref={(box) => {
                    box?.focus();
                    box?.select();
                  }}
                />
              </>
            ) : (
              <pre className={`cite-text${style === "bibtex" ? " cite-code" : ""}`}>{citations[style]}</pre>
            )}
          </div>
        );
      })}
      <p className="small muted" aria-live="polite">
        {copied?.result === "copied" ? `${CITATION_STYLE_NAMES[copied.style]} citation copied.` : ""}
      </p>
    </section>
  );
}
