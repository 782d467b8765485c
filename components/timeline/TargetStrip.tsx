"use client";

import { useId, type KeyboardEvent } from "react";
import type { TargetStripLayout } from "@/lib/timeline/target-chains";

interface TargetStripProps {
  targets: TargetStripLayout;
  width: number;
  selected?: string;
  onSelect: (slug: string) => void;
}

/**
 * Target deadlines over the lanes: one row per target, an arrow from each replaced deadline to its
 * successor. The view placed everything; the export paints the same places (lib/export/timeline-svg.ts).
 */
export function TargetStrip({ targets: { rows, height }, width, selected, onSelect }: TargetStripProps) {
  const arrowId = `chain-arrow${useId().replace(/:/g, "")}`;
  if (rows.length === 0) return null;
  const press = (slug: string) => ({
    role: "button",
    tabIndex: 0,
    onClick: () => onSelect(slug),
    onKeyDown: (e: KeyboardEvent) => {
      if (e.key === "Enter" || e.key === " ") {
        e.preventDefault();
        onSelect(slug);
      }
    },
  });
  return (
    <svg
      className="target-strip"
      width={width}
      height={height}
      role="group"
      aria-label="Targets and their deadlines"
      data-testid="target-strip"
    >
      <defs>
        <marker id={arrowId} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M0,0 L10,5 L0,10 z" className="chain-arrowhead" />
        </marker>
      </defs>
      {rows.map((row) => (
        <g key={row.chain.slug}>
          <text x={4} y={row.titleY} className="chain-title">
            {row.chain.title}
          </text>
          {row.arrows.map((a) => (
            <path
              key={`${a.fromX}-${a.toX}`}
              d={a.d}
              className="chain-link"
              markerEnd={`url(#${arrowId})`}
              data-testid="chain-arrow"
            />
          ))}
          {row.marks.map((m) => (
            <g key={m.revision.position}>
              <rect
                x={m.x}
                y={m.y}
                width={m.width}
                height={m.height}
                rx={2}
                className={`chain-band status-fill-${m.revision.status}${m.revision.announcedBy === selected ? " selected" : ""}`}
                aria-label={`${row.chain.title}: ${m.revision.valueLabel} by ${m.revision.label} (${m.revision.status})`}
                data-testid="chain-revision"
                {...press(m.revision.announcedBy)}
              >
                <title>{`${m.revision.valueLabel} by ${m.revision.label} (${m.revision.status})`}</title>
              </rect>
            </g>
          ))}
        </g>
      ))}
    </svg>
  );
}
