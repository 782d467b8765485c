"use client";

import { useEffect, useLayoutEffect, useRef, useState } from "react";
import { drawTimeline, type DrawInput, type Palette } from "@/lib/timeline/draw";
import { readPalette } from "./palette";

const INTERACTIVE_MARK = "timeline:interactive";

/** The dense layer: every visible mark drawn on one canvas, redrawn when the layout changes. */
export function TimelineCanvas(props: Omit<DrawInput, "palette">) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [palette, setPalette] = useState<Palette | null>(null);

  useEffect(() => {
    const element = canvas.current;
    if (!element) return;
    setPalette(readPalette(element));
    const scheme = window.matchMedia("(prefers-color-scheme: dark)");
    const onChange = () => setPalette(readPalette(element));
    scheme.addEventListener("change", onChange);
    return () => scheme.removeEventListener("change", onChange);
  }, []);

  const { view, selected, hovered } = props;
  const { width, height } = view;
  // Redraw only when what is drawn changes: a deferred re-render of the page must not paint the same frame twice.
  useLayoutEffect(() => {
    const { layout } = view;
    const element = canvas.current;
    if (!element || !palette || width <= 0) return;
    const ratio = window.devicePixelRatio || 1;
    if (element.width !== Math.round(width * ratio) || element.height !== Math.round(height * ratio)) {
      element.width = Math.round(width * ratio);
      element.height = Math.round(height * ratio);
    }
    const ctx = element.getContext("2d");
    if (!ctx) return;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    drawTimeline(ctx, { view, selected, hovered, palette });
    element.dataset.rendered = String(layout.placed.length + layout.clusters.length);
    // For `npm run bench`: when the canvas first drew marks (the events arrived and the timeline became
    // interactive), in ms since navigation start; once per page.
    const drewMarks = layout.placed.length + layout.clusters.length > 0;
    if (drewMarks && performance.getEntriesByName(INTERACTIVE_MARK, "mark").length === 0) performance.mark(INTERACTIVE_MARK);
  }, [view, width, height, selected, hovered, palette]);

  return <canvas ref={canvas} className="timeline-canvas" style={{ width, height }} aria-hidden="true" data-testid="timeline-canvas" />;
}
