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
  /** Why the first render is not correct, or null when it is. */
  check(page: Page, size: number): Promise<{ problem: string | null; detail: unknown }>;
}

export const contenders: Record<ContenderName, Contender> = {
  ours: {
    name: "ours",
    url: ({ app }) => `${app}/`,
    mark: "timeline:first-draw",
    renderMeaning: "navigation start → first TimelineCanvas draw (performance.mark in TimelineCanvas.tsx); includes the server's query and render",
    target: '[data-testid="timeline-viewport"]',
    async check(page, size) {
      const detail = await page.evaluate(() => ({
        label: document.querySelector('[data-testid="window-label"]')?.textContent ?? "",
        rendered: Number(document.querySelector<HTMLCanvasElement>('[data-testid="timeline-canvas"]')?.dataset.rendered ?? 0),
        canvasWidth: document.querySelector<HTMLCanvasElement>('[data-testid="timeline-canvas"]')?.width ?? 0,
        firstDrawCanvasWidth: (window as unknown as { __benchFirstDrawWidth?: number }).__benchFirstDrawWidth ?? null,
      }));
      const match = /([\d,]+) of ([\d,]+) in view/.exec(detail.label);
      const inView = match ? Number(match[1].replace(/,/g, "")) : NaN;
      const total = match ? Number(match[2].replace(/,/g, "")) : NaN;
      const problem =
        total !== size ? `window label says ${total} events, expected ${size} ("${detail.label}")`
        : inView !== size ? `only ${inView} of ${size} in view at first render`
        : detail.rendered <= 0 ? "canvas drew no marks"
        : null;
      return { problem, detail };
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
