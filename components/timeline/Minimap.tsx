"use client";

import { useMemo, useRef, type PointerEvent } from "react";
import { clampWindow, type Window, type WindowLimits } from "@/lib/timeline/controller";
import { formatDayLabel, fromDayNumber } from "@/lib/dates/calendar-date";
import { dayScale } from "@/lib/timeline/scale";

const HEIGHT = 36;

/**
 * The overview strip: where events are across the whole extent, and a brush showing the visible
 * window. Drag the brush to move it, drag its edges to resize it, or click elsewhere to jump there.
 */
export function Minimap({
  counts,
  extent,
  window,
  width,
  limits,
  onWindow,
}: {
  counts: number[];
  extent: Window;
  window: Window;
  width: number;
  limits: WindowLimits;
  onWindow: (w: Window) => void;
}) {
  const drag = useRef<{ mode: "move" | "start" | "end"; originX: number; origin: Window } | null>(null);
  const { place, invert } = dayScale(extent, width);
  const max = Math.max(1, ...counts);
  const barWidth = width / Math.max(counts.length, 1);
  const bars = useMemo(
    () =>
      counts.map((c, i) =>
        c === 0 ? null : <rect key={i} x={i * barWidth} width={Math.max(barWidth - 0.5, 0.5)} y={HEIGHT - 4 - (c / max) * (HEIGHT - 8)} height={(c / max) * (HEIGHT - 8)} className="minimap-bar" />,
      ),
    [counts, barWidth, max],
  );
  const left = Math.max(0, place(window.from));
  const right = Math.min(width, place(window.to));

  const localX = (event: PointerEvent) => event.clientX - (event.currentTarget as Element).closest("svg")!.getBoundingClientRect().left;
  const begin = (mode: "move" | "start" | "end", event: PointerEvent<SVGElement>) => {
    event.stopPropagation();
    (event.currentTarget as Element).setPointerCapture?.(event.pointerId);
    drag.current = { mode, originX: localX(event), origin: window };
  };
  const onMove = (event: PointerEvent<SVGElement>) => {
    const d = drag.current;
    if (!d) return;
    const shift = invert(localX(event)) - invert(d.originX);
    const next =
      d.mode === "move"
        ? { from: d.origin.from + shift, to: d.origin.to + shift }
        : d.mode === "start"
          ? { from: Math.min(d.origin.from + shift, d.origin.to - limits.minSpan), to: d.origin.to }
          : { from: d.origin.from, to: Math.max(d.origin.to + shift, d.origin.from + limits.minSpan) };
    onWindow(clampWindow(next, limits));
  };
  const end = () => {
    drag.current = null;
  };
  const jump = (event: PointerEvent<SVGElement>) => {
    const centre = invert(localX(event));
    const half = (window.to - window.from) / 2;
    onWindow(clampWindow({ from: centre - half, to: centre + half }, limits));
  };

  return (
    <svg
      className="minimap"
      width={width}
      height={HEIGHT}
      role="img"
      aria-label={`Overview: showing ${formatDayLabel(fromDayNumber(Math.floor(window.from)))} to ${formatDayLabel(fromDayNumber(Math.max(Math.floor(window.from), Math.ceil(window.to) - 1)))}`}
      data-testid="minimap"
      onPointerMove={onMove}
      onPointerUp={end}
      onPointerCancel={end}
    >
      <rect width={width} height={HEIGHT} className="minimap-background" onPointerDown={jump} />
      <g pointerEvents="none">{bars}</g>
      <rect x={left} width={Math.max(right - left, 2)} y={1} height={HEIGHT - 2} className="minimap-window" onPointerDown={(e) => begin("move", e)} data-testid="minimap-window" />
      <rect x={left - 4} width={8} y={1} height={HEIGHT - 2} className="minimap-handle" onPointerDown={(e) => begin("start", e)} />
      <rect x={right - 4} width={8} y={1} height={HEIGHT - 2} className="minimap-handle" onPointerDown={(e) => begin("end", e)} />
    </svg>
  );
}
