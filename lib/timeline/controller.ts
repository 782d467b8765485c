import type { TimelineItem } from "./items";

/** The visible window in day numbers: [from, to), fractional while zooming. */
export interface Window {
  from: number;
  to: number;
}

export interface WindowLimits {
  /** The widest window allowed. */
  bounds: Window;
  minSpan: number;
}

const DEFAULT_MIN_SPAN = 3;

/** The extent of the items (and today), padded so no mark touches an edge. */
export function extentOf(items: readonly TimelineItem[], today: number, padShare = 0.04, minSpan = 60): Window {
  let from = today;
  let to = today + 1;
  for (const item of items) {
    if (item.start < from) from = item.start;
    if (item.end + 1 > to) to = item.end + 1;
  }
  const span = Math.max(to - from, minSpan);
  const centre = (from + to) / 2;
  const pad = span * padShare;
  return { from: centre - span / 2 - pad, to: centre + span / 2 + pad };
}

export function limitsFor(extent: Window, minSpan = DEFAULT_MIN_SPAN): WindowLimits {
  const span = extent.to - extent.from;
  // Allow looking a little past the data on either side, never the whole calendar.
  return { bounds: { from: extent.from - span, to: extent.to + span }, minSpan };
}

export function clampWindow(w: Window, limits: WindowLimits): Window {
  const maxSpan = limits.bounds.to - limits.bounds.from;
  const span = Math.min(Math.max(w.to - w.from, limits.minSpan), maxSpan);
  const centre = (w.from + w.to) / 2;
  let from = centre - span / 2;
  from = Math.min(Math.max(from, limits.bounds.from), limits.bounds.to - span);
  return { from, to: from + span };
}

/** Zooms by `factor` (>1 zooms in) keeping the day under `anchor` where it is. */
export function zoomWindow(w: Window, factor: number, limits: WindowLimits, anchor = (w.from + w.to) / 2): Window {
  const span = (w.to - w.from) / factor;
  const share = (anchor - w.from) / (w.to - w.from);
  return clampWindow({ from: anchor - share * span, to: anchor - share * span + span }, limits);
}

/** Moves the window by a share of its own width (negative goes back in time). */
export function panWindow(w: Window, share: number, limits: WindowLimits): Window {
  const shift = (w.to - w.from) * share;
  return clampWindow({ from: w.from + shift, to: w.to + shift }, limits);
}

/** The window that shows `item` with room around it, keeping the current span if it already fits. */
export function revealItem(w: Window, item: TimelineItem, limits: WindowLimits): Window {
  const start = item.start;
  const end = item.end + 1;
  const span = w.to - w.from;
  if (start >= w.from && end <= w.to) return w;
  if (end - start <= span * 0.8) {
    const centre = (start + end) / 2;
    return clampWindow({ from: centre - span / 2, to: centre + span / 2 }, limits);
  }
  const pad = (end - start) * 0.1;
  return clampWindow({ from: start - pad, to: end + pad }, limits);
}

/** The next or previous item in time order from the selected one (or the first visible one). */
export function stepSelection(items: readonly TimelineItem[], selected: string | undefined, direction: 1 | -1, w: Window): TimelineItem | undefined {
  if (items.length === 0) return undefined;
  const index = selected === undefined ? -1 : items.findIndex((i) => i.slug === selected);
  if (index === -1) {
    const firstVisible = items.findIndex((i) => i.end + 1 > w.from);
    if (direction === 1) return items[firstVisible === -1 ? items.length - 1 : firstVisible];
    const lastVisible = items.findLastIndex((i) => i.start < w.to);
    return items[lastVisible === -1 ? 0 : lastVisible];
  }
  return items[Math.min(Math.max(index + direction, 0), items.length - 1)];
}

export type KeyAction = "zoom-in" | "zoom-out" | "pan-back" | "pan-forward" | "start" | "end" | "fit" | "next" | "previous" | "clear";

/** What a key does while the timeline has focus; null leaves the key to the browser. */
export function keyAction(key: string): KeyAction | null {
  switch (key) {
    case "+":
    case "=":
      return "zoom-in";
    case "-":
    case "_":
      return "zoom-out";
    case "ArrowLeft":
      return "pan-back";
    case "ArrowRight":
      return "pan-forward";
    case "Home":
      return "start";
    case "End":
      return "end";
    case "0":
    case "f":
      return "fit";
    case "n":
    case "ArrowDown":
      return "next";
    case "p":
    case "ArrowUp":
      return "previous";
    case "Escape":
      return "clear";
    default:
      return null;
  }
}

/** The new window and selection after a key action; `extent` is the fit-all window. */
export function applyKeyAction(
  action: KeyAction,
  state: { window: Window; selected?: string },
  items: readonly TimelineItem[],
  extent: Window,
  limits: WindowLimits,
): { window: Window; selected?: string } {
  const w = state.window;
  const span = w.to - w.from;
  switch (action) {
    case "zoom-in":
      return { ...state, window: zoomWindow(w, 2, limits) };
    case "zoom-out":
      return { ...state, window: zoomWindow(w, 0.5, limits) };
    case "pan-back":
      return { ...state, window: panWindow(w, -0.2, limits) };
    case "pan-forward":
      return { ...state, window: panWindow(w, 0.2, limits) };
    case "start":
      return { ...state, window: clampWindow({ from: extent.from, to: extent.from + span }, limits) };
    case "end":
      return { ...state, window: clampWindow({ from: extent.to - span, to: extent.to }, limits) };
    case "fit":
      return { ...state, window: clampWindow(extent, limits) };
    case "next":
    case "previous": {
      const item = stepSelection(items, state.selected, action === "next" ? 1 : -1, w);
      return item ? { window: revealItem(w, item, limits), selected: item.slug } : state;
    }
    case "clear":
      return { window: w };
  }
}

/** d3-zoom's transform for a window, relative to the base (fit-all) window drawn across `width` pixels. */
export function windowToTransform(w: Window, base: Window, width: number): { k: number; x: number } {
  const k = (base.to - base.from) / (w.to - w.from);
  return { k, x: (-k * (w.from - base.from) * width) / (base.to - base.from) };
}

export function transformToWindow(t: { k: number; x: number }, base: Window, width: number): Window {
  const span = (base.to - base.from) / t.k;
  const from = base.from + ((-t.x / t.k) * (base.to - base.from)) / width;
  return { from, to: from + span };
}
