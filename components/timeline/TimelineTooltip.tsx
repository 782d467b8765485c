"use client";

import { ROW_HEIGHT, rowCentre } from "@/lib/timeline/geometry";
import type { TimelineView } from "@/lib/timeline/view";

const TOOLTIP_WIDTH = 260;

/** The hovered or focused mark's title and date, under its row. */
export function TimelineTooltip({ view, hovered }: { view: TimelineView; hovered?: string }) {
  const placement = hovered ? view.layout.placed.find((p) => p.item.slug === hovered) : undefined;
  if (!placement) return null;
  return (
    <div
      className="timeline-tooltip"
      role="tooltip"
      style={{
        left: Math.min(Math.max(placement.x, 0), Math.max(view.width - TOOLTIP_WIDTH, 0)),
        top: rowCentre(view.boxes[placement.lane], placement.row) + ROW_HEIGHT / 2,
      }}
      data-testid="tooltip"
    >
      <strong>{placement.item.title}</strong>
      <span>{placement.item.label}</span>
    </div>
  );
}
