"use client";

import { select } from "d3-selection";
import { zoom, zoomIdentity, zoomTransform, type ZoomBehavior } from "d3-zoom";
import { useEffect, useRef, type RefObject } from "react";
import { transformToWindow, windowToTransform, type Window, type WindowLimits } from "@/lib/timeline/controller";
import { dayScale } from "@/lib/timeline/scale";

/**
 * Wheel, drag and pinch come from d3-zoom's behaviour on the element; the resulting window goes to
 * React, which renders everything. When the window changes from elsewhere (keys, buttons, URL), d3's
 * stored transform is brought in line so the next gesture starts from what is on screen.
 */
export function useTimelineZoom(
  ref: RefObject<HTMLElement | null>,
  base: Window,
  limits: WindowLimits,
  width: number,
  window: Window,
  onWindow: (w: Window) => void,
): void {
  const behaviour = useRef<ZoomBehavior<HTMLElement, unknown> | null>(null);
  const syncing = useRef(false);
  const onWindowRef = useRef(onWindow);
  useEffect(() => {
    onWindowRef.current = onWindow;
  }, [onWindow]);

  useEffect(() => {
    const element = ref.current;
    if (!element || width <= 0) return;
    const baseSpan = base.to - base.from;
    const { place } = dayScale(base, width);
    const z = zoom<HTMLElement, unknown>()
      .scaleExtent([baseSpan / (limits.bounds.to - limits.bounds.from), baseSpan / limits.minSpan])
      .extent([
        [0, 0],
        [width, 1],
      ])
      .translateExtent([
        [place(limits.bounds.from), -Infinity],
        [place(limits.bounds.to), Infinity],
      ])
      .on("zoom", (event: { transform: { k: number; x: number } }) => {
        if (!syncing.current) onWindowRef.current(transformToWindow(event.transform, base, width));
      });
    behaviour.current = z;
    const selection = select(element);
    selection.call(z);
    // Double-click zoom would fight with selecting an event by clicking it.
    selection.on("dblclick.zoom", null);
    return () => {
      selection.on(".zoom", null);
      behaviour.current = null;
    };
  }, [ref, base, limits, width]);

  useEffect(() => {
    const element = ref.current;
    const z = behaviour.current;
    if (!element || !z || width <= 0) return;
    const target = windowToTransform(window, base, width);
    const current = zoomTransform(element);
    if (Math.abs(current.k - target.k) < 1e-9 * target.k && Math.abs(current.x - target.x) < 0.01) return;
    syncing.current = true;
    z.transform(select(element), zoomIdentity.translate(target.x, 0).scale(target.k));
    syncing.current = false;
  }, [ref, window, base, width]);
}
