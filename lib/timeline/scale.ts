import { scaleUtc, type ScaleTime } from "d3-scale";
import type { Window } from "./controller";

const MS_PER_DAY = 86_400_000;

/** The one mapping between day numbers and pixels of a drawn window. */
export interface DayScale {
  /** The window as a d3 time scale over UTC midnights, [0, width] wide. */
  readonly time: ScaleTime<number, number>;
  readonly width: number;
  /** Pixel x of a (fractional) day number. */
  place(day: number): number;
  /** The (fractional) day number at pixel x. */
  invert(px: number): number;
}

/**
 * `window` drawn across `width` pixels. `place` is the time scale's own linear map written out on day
 * numbers: layout calls it twice per item in view (100,000 times a frame at 50,000 events), where a
 * Date and d3's interpolators each time would cost more than the rest of the layout. `invert` (pointer
 * and zoom positions, a few per gesture) asks the time scale.
 */
export function dayScale(window: Window, width: number): DayScale {
  const time = scaleUtc()
    .domain([new Date(window.from * MS_PER_DAY), new Date(window.to * MS_PER_DAY)])
    .range([0, width]);
  const pxPerDay = width / Math.max(window.to - window.from, 1e-9);
  const from = window.from;
  return {
    time,
    width,
    place: (day) => (day - from) * pxPerDay,
    invert: (px) => time.invert(px).getTime() / MS_PER_DAY,
  };
}
