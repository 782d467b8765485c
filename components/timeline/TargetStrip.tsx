"use client";

import { useId, type KeyboardEvent } from "react";
import type { ChainRow } from "@/lib/timeline/target-chains";

const ROW = 26;

interface TargetStripProps {
  rows: ChainRow[];
  width: number;
  selected?: string;
  /** Without it the strip is a picture (the server-drawn first frame): nothing in it can be focused or pressed. */
  onSelect?: (slug: string) => void;
  /** Drawn `width` wide in its own coordinates and scaled to its container, like the first frame around it. */
  scaled?: boolean;
}

/** Target deadlines over the lanes: one row per target, an arrow from each replaced deadline to its successor. */
export function TargetStrip({ rows, width, selected, onSelect, scaled = false }: TargetStripProps) {
  const arrowId = `chain-arrow${useId().replace(/:/g, "")}`;
  if (rows.length === 0) return null;
  const height = rows.length * ROW + 4;
  const press = (slug: string) =>
    onSelect && {
      role: "button",
      tabIndex: 0,
      onClick: () => onSelect(slug),
      onKeyDown: (e: KeyboardEvent) => {
        if (e.key === "Enter" || e.key === " ") {
          e.preventDefault();
          onSelect(slug);
        }
      },
    };
  return (
    <svg
      className="target-strip"
      width={scaled ? undefined : width}
      height={scaled ? undefined : height}
      viewBox={scaled ? `0 0 ${width} ${height}` : undefined}
      role="group"
      aria-label="Targets and their deadlines"
      data-testid="target-strip"
    >
      <defs>
        <marker id={arrowId} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M0,0 L10,5 L0,10 z" className="chain-arrowhead" />
        </marker>
      </defs>
      {rows.map((row, i) => {
        const y = i * ROW + 4;
        return (
          <g key={row.chain.slug}>
            <text x={4} y={y + 9} className="chain-title">
              {row.chain.title}
            </text>
            {row.arrows.map((a) => (
              <path
                key={`${a.fromX}-${a.toX}`}
                d={`M${a.fromX},${y + 16} C${a.fromX},${y + 4} ${a.toX},${y + 4} ${a.toX},${y + 13}`}
                className="chain-link"
                markerEnd={`url(#${arrowId})`}
                data-testid="chain-arrow"
              />
            ))}
            {row.marks.map((m) => (
              <g key={m.revision.position}>
                <rect
                  x={m.x}
                  y={y + 14}
                  width={m.width}
                  height={8}
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
        );
      })}
    </svg>
  );
}
