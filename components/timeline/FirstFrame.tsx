import { deriveFromTimelineItems } from "@/lib/data/timeline";
import { firstFrameSvg, type FirstFrameOptions } from "@/lib/export/first-frame";
import type { EventFilters } from "@/lib/url/filters";
import { serializeWindow } from "@/lib/url/window";

/** Marks, for `npm run bench`, when the first frame of the timeline is in the page (ms since navigation start). */
const FIRST_DRAW_SCRIPT = `performance.mark("timeline:first-draw")`;

/** The server-drawn opening view, shown until the interactive canvas has the events. */
export async function FirstFrame({ filters, options }: { filters: EventFilters; options: FirstFrameOptions }) {
  const key = `first-frame:${options.lanes}:${options.window ? serializeWindow(options.window) : "fit"}:${options.today}`;
  const svg = await deriveFromTimelineItems(filters, key, (items) => firstFrameSvg(items, options));
  if (!svg) return null;
  return (
    <>
      <div className="first-frame" dangerouslySetInnerHTML={{ __html: svg }} data-testid="first-frame" />
      <script dangerouslySetInnerHTML={{ __html: FIRST_DRAW_SCRIPT }} />
    </>
  );
}
