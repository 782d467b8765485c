import { headers } from "next/headers";
import { deriveFromTimelineItems } from "@/lib/data/timeline";
import { firstFrame, type FirstFrameOptions, type FirstFrameParts } from "@/lib/export/first-frame";
import type { EventFilters } from "@/lib/url/filters";
import { serializeWindow } from "@/lib/url/window";

/** Marks, for `npm run bench`, when the first frame of the timeline is in the page (ms since navigation start). */
const FIRST_DRAW_SCRIPT = `performance.mark("timeline:first-draw")`;

/**
 * The opening view, awaited by the page before it renders the timeline, so the frame is part of the
 * first HTML (not streamed in later by a script, which a reader without JavaScript would never see).
 * Cached with the filters' items, per lane mode, window and day.
 */
export function loadFirstFrame(filters: EventFilters, options: FirstFrameOptions): Promise<FirstFrameParts | null> {
  const key = `first-frame:${options.lanes}:${options.window ? serializeWindow(options.window) : "fit"}:${options.today}`;
  return deriveFromTimelineItems(filters, key, (items) => firstFrame(items, options));
}

/** The server-drawn opening view (axis, targets, lanes, in the live view's order), shown until the canvas has the events. */
export async function FirstFrame({ frame }: { frame: FirstFrameParts }) {
  // proxy.ts's nonce: the page's Content-Security-Policy runs no inline script without it.
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  return (
    <>
      <div className="first-frame" aria-hidden="true" data-testid="first-frame">
        <div dangerouslySetInnerHTML={{ __html: frame.axis }} />
        {frame.targets && <div dangerouslySetInnerHTML={{ __html: frame.targets }} />}
        <div dangerouslySetInnerHTML={{ __html: frame.lanes }} />
      </div>
      <script nonce={nonce} dangerouslySetInnerHTML={{ __html: FIRST_DRAW_SCRIPT }} />
    </>
  );
}
