"use client";

import { memo } from "react";
import { ROW_HEIGHT, rowCentre } from "@/lib/timeline/geometry";
import { DEFAULT_LAYOUT } from "@/lib/timeline/layout";
import type { TimelineView } from "@/lib/timeline/view";

/** How many marks get a focusable twin in the DOM; the rest stay reachable by keyboard stepping and the list view. */
export const MAX_DOM_MARKS = 400;

interface Props {
  view: TimelineView;
  selected?: string;
  onSelect: (slug: string) => void;
  onHover: (slug: string | undefined) => void;
  onZoomTo: (from: number, to: number) => void;
}

/**
 * The accessible layer over the canvas: lane names, and a button for each mark in view (in time
 * order, so Tab walks the timeline) and for each cluster.
 */
export const MarksLayer = memo(function MarksLayer({ view, selected, onSelect, onHover, onZoomTo }: Props) {
  const { layout, boxes } = view;
  const { lanes, placed, clusters } = layout;
  const focusable = placed.length > MAX_DOM_MARKS ? placed.filter((p) => p.label !== null).slice(0, MAX_DOM_MARKS) : placed;
  return (
    <>
      {lanes.map((lane, i) => (
        <div key={lane.key} className="lane-label" style={{ top: boxes[i].top }} data-testid="lane-label">
          {lane.label}
        </div>
      ))}
      {focusable.map((p) => {
        const top = rowCentre(boxes[p.lane], p.row) - ROW_HEIGHT / 2;
        const width = p.label ? Math.max(p.width, p.labelX - p.x + p.label.length * DEFAULT_LAYOUT.charWidth) : p.width;
        return (
          <button
            key={`${p.item.slug}@${p.lane}`}
            type="button"
            className="mark-target"
            style={{ transform: `translate(${p.x - 4}px, ${top}px)`, width: width + 8, height: ROW_HEIGHT }}
            aria-label={`${p.item.title}, ${p.item.label}, ${p.item.status}`}
            aria-pressed={p.item.slug === selected}
            data-testid="timeline-mark"
            data-slug={p.item.slug}
            onClick={() => onSelect(p.item.slug)}
            onMouseEnter={() => onHover(p.item.slug)}
            onMouseLeave={() => onHover(undefined)}
            onFocus={() => onHover(p.item.slug)}
            onBlur={() => onHover(undefined)}
          />
        );
      })}
      {clusters.map((c) => (
        <button
          key={`cluster-${c.lane}-${c.x}`}
          type="button"
          className="mark-target"
          style={{ transform: `translate(${c.x}px, ${rowCentre(boxes[c.lane], c.row) - ROW_HEIGHT / 2}px)`, width: c.width, height: ROW_HEIGHT }}
          aria-label={`${c.count} more events in ${lanes[c.lane].label}; zoom in to see them`}
          data-testid="timeline-cluster"
          onClick={() => onZoomTo(c.from, c.to)}
        />
      ))}
    </>
  );
});
