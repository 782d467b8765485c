"use client";

import { CopyLinkButton } from "@/components/layout/CopyLinkButton";
import { ExportImageButtons } from "./ExportImageButtons";

interface TimelineToolbarProps {
  onZoom: (factor: number) => void;
  onFitAll: () => void;
  lanes: "country" | "topic";
  /** The screen is too narrow for lanes: the choice is kept but cannot be changed. */
  singleLane: boolean;
  onLanes: (lanes: "country" | "topic") => void;
  /** The filters' canonical query, for downloads of this view. */
  filterQuery: string;
  buildSvg: () => Promise<string>;
  filename: (extension: "svg" | "png") => string;
  /** What is in view, or that the events are loading. */
  status: string;
}

/** Zoom, lanes, link and downloads of the timeline, and what it shows. */
export function TimelineToolbar({ onZoom, onFitAll, lanes, singleLane, onLanes, filterQuery, buildSvg, filename, status }: TimelineToolbarProps) {
  const download = (format: "csv" | "json") => `/api/events?${new URLSearchParams([...new URLSearchParams(filterQuery), ["format", format]]).toString()}`;
  return (
    <div className="timeline-toolbar" role="toolbar" aria-label="Timeline controls">
      <div className="button-group">
        <button type="button" className="button secondary" onClick={() => onZoom(0.5)} aria-label="Zoom out">
          −
        </button>
        <button type="button" className="button secondary" onClick={() => onZoom(2)} aria-label="Zoom in">
          +
        </button>
        <button type="button" className="button secondary" onClick={onFitAll}>
          Fit all
        </button>
      </div>
      <fieldset className="lane-switch" disabled={singleLane}>
        <legend>Lanes</legend>
        {(["country", "topic"] as const).map((value) => (
          <label key={value}>
            <input type="radio" name="lanes" value={value} checked={lanes === value} onChange={() => onLanes(value)} />
            {value === "country" ? "Country" : "Topic"}
          </label>
        ))}
      </fieldset>
      <CopyLinkButton label="Copy link to this view" />
      <span className="downloads small">
        Download:{" "}
        <a href={download("csv")} data-testid="export-csv">
          CSV
        </a>{" "}
        <a href={download("json")} data-testid="export-json">
          JSON
        </a>{" "}
        <ExportImageButtons buildSvg={buildSvg} filename={filename} />
      </span>
      <p className="window-label small" data-testid="window-label" aria-live="polite">
        {status}
      </p>
    </div>
  );
}
