import { deriveFromTimelineItems } from "@/lib/data/timeline";
import { firstFrameSvg, type FirstFrameOptions } from "@/lib/export/first-frame";
import type { EventFilters } from "@/lib/url/filters";
import { serializeWindow } from "@/lib/url/window";

/** Marks, for `npm run bench`, when the first frame of the timeline is in the page (ms since navigation start). */
const FIRST_DRAW_SCRIPT = `performance.mark("timeline:first-draw")`;

/**
 * The opening view's SVG. Awaited by the page before it renders the timeline, so the frame is part of
 * the first HTML (not streamed in later by a script, which a reader without JavaScript would never see).
 */
export function loadFirstFrame(filters: EventFilters, options: FirstFrameOptions): Promise<string | null> {
  const key = `first-frame:${options.lanes}:${options.window ? serializeWindow(options.window) : "fit"}:${options.today}`;
  return deriveFromTimelineItems(filters, key, (items) => firstFrameSvg(items, options));
}

/** The server-drawn opening view, shown until the interactive canvas has the events. */
export function FirstFrame({ svg }: { svg: string }) {
  return (
    <>
      <div className="first-frame" dangerouslySetInnerHTML={{ __html: svg }} data-testid="first-frame" />
      <script dangerouslySetInnerHTML={{ __html: FIRST_DRAW_SCRIPT }} />
    </>
  );
}
