// The three things measured, as the measuring code sees them: where each is loaded, which performance
// mark says it has drawn the right view, where to aim the input, and how to tell its render is correct.
import type { Page } from "@playwright/test";
import type { ContenderName } from "./config";

export interface Contender {
  name: ContenderName;
  url(origins: { app: string; pages: string }, size: number): string;
  /** performance.mark set when the first correct view has been drawn (startTime = ms since navigation start). */
  mark: string;
  /** What "first render" means for it, for the report. */
  renderMeaning: string;
  /** The element whose visible centre gets the wheel and the drags. */
  target: string;
  /** Why the first render is not correct, or null when it is; firstFrameMs when a correct view was on the page before `mark` (ours: a server-drawn frame). */
  check(page: Page, size: number): Promise<{ problem: string | null; detail: unknown; firstFrameMs?: number }>;
}

export const contenders: Record<ContenderName, Contender> = {
  ours: {
    name: "ours",
    url: ({ app }) => `${app}/`,
    mark: "bench:first-correct-draw",
    renderMeaning:
      "navigation start → the app's performance.mark(\"timeline:first-draw\") when it marks a correct view — now set by an inline script right after a server-drawn SVG of the opening view in the HTML (checked: present, non-empty) — else the first canvas draw of the full view. \"Interactive\" is navigation start → the first canvas draw showing every event in view (window label \"N of N in view\" when the canvas sets data-rendered, seen by a MutationObserver in the bench's probe), after hydration and fetching the events from /api/timeline",
    target: '[data-testid="timeline-viewport"]',
    async check(page, size) {
      const detail = await page.evaluate(() => {
        const w = window as unknown as { __benchAppMark?: unknown; __benchFirstCorrectDraw?: unknown };
        return {
          appMark: (w.__benchAppMark ?? null) as { at: number; firstFrameElements: number; canvasWidth: number | null; rendered: number; label: string } | null,
          firstCorrectDraw: (w.__benchFirstCorrectDraw ?? null) as { at: number; canvasWidth: number | null; rendered: number; label: string } | null,
          label: document.querySelector('[data-testid="window-label"]')?.textContent ?? "",
          canvasWidth: document.querySelector<HTMLCanvasElement>('[data-testid="timeline-canvas"]')?.width ?? 0,
        };
      });
      const total = (label: string) => {
        const match = /([\d,]+) of ([\d,]+) in view/.exec(label);
        return match ? Number(match[2].replace(/,/g, "")) : NaN;
      };
      const first = detail.firstCorrectDraw;
      const problem =
        !first ? "no draw showed every event in view"
        : total(first.label) !== size ? `the first full view showed ${total(first.label)} events, expected ${size} ("${first.label}")`
        : first.canvasWidth !== detail.canvasWidth ? `the first full view was drawn ${first.canvasWidth} px wide, the settled canvas is ${detail.canvasWidth} px`
        : total(detail.label) !== size ? `the settled window label says "${detail.label}"`
        : null;
      // The app's own mark counts as the first correct render when it came from a server-drawn frame (an
      // inline SVG drawn by the app's layout code for the opening view) or from a canvas draw of the full view.
      const app = detail.appMark;
      const appMarkOk = app !== null && (app.firstFrameElements > 10 || (app.label === first?.label && app.rendered > 0));
      const note = app && !appMarkOk ? `the app's timeline:first-draw mark came from a draw of another view ("${app.label}")` : undefined;
      return { problem, detail: { ...detail, note }, firstFrameMs: appMarkOk && first && app.at < first.at ? app.at : undefined };
    },
  },
  vis: {
    name: "vis",
    url: ({ pages }, size) => `${pages}/vis.html?n=${size}`,
    mark: "vis:first-render",
    renderMeaning:
      "navigation start → the 'changed' event that draws the fitted window (the first painted frame; the very first 'changed' draws the pre-fit default window and is reported separately); includes fetching and parsing the JSON",
    target: "#timeline .vis-panel.vis-center",
    async check(page, size) {
      const detail = await page.evaluate(() => (window as unknown as { __contender: { check(): { items: number; drawn: number } } }).__contender.check());
      const problem = detail.items !== size ? `DataSet has ${detail.items} items, expected ${size}` : detail.drawn <= 0 ? "no .vis-item in the DOM" : null;
      return { problem, detail };
    },
  },
  floor: {
    name: "floor",
    url: ({ pages }, size) => `${pages}/floor.html?n=${size}`,
    mark: "floor:first-render",
    renderMeaning: "navigation start → end of the first fill of all N rectangles; includes fetching and parsing the JSON",
    target: "#floor",
    async check(page, size) {
      const detail = await page.evaluate(() => (window as unknown as { __contender: { check(): { items: number } } }).__contender.check());
      return { problem: detail.items !== size ? `filled ${detail.items} rectangles, expected ${size}` : null, detail };
    },
  },
};
