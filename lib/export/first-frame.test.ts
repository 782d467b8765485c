import { describe, expect, it } from "vitest";
import { cssVariablePalette } from "@/lib/timeline/palette-variables";
import type { TargetChain } from "@/lib/timeline/target-chains";
import { testItem } from "@/lib/timeline/test-items";
import { timelineSource, timelineView } from "@/lib/timeline/view";
import { FIRST_FRAME_WIDTH, firstFrame } from "./first-frame";
import { timelineSvg } from "./timeline-svg";

const items = [testItem("meeting", 20000, 20000, { countries: ["JP"] }), testItem("move", 20100, 20100, { countries: ["JP"], kind: "target-change" })];
const chain = (slug: string, announcedBy: string): TargetChain => ({
  slug,
  title: `Target ${slug}`,
  url: `/targets/${slug}`,
  revisions: [
    { position: 0, start: 20050, end: 20060, label: "FY-old", valueLabel: "2%", status: "superseded", announcedBy: "elsewhere", supersedes: null },
    { position: 1, start: 20150, end: 20160, label: "FY-new", valueLabel: "2%", status: "due", announcedBy, supersedes: 0 },
  ],
});
const window = { from: 19980, to: 20190 };
const options = { lanes: "country" as const, names: new Map([["JP", "Japan"]]), window, today: 20120, chains: [chain("kept", "move"), chain("filtered-out", "not-in-view")] };

/** What an inline SVG element of the frame draws, without the element itself. */
const body = (inline: string) => inline.slice(inline.indexOf(">\n") + 2, inline.lastIndexOf("\n</svg>"));
const count = (svg: string, what: string) => svg.split(what).length - 1;

describe("firstFrame", () => {
  it("draws nothing for no events", () => {
    expect(firstFrame([], options)).toBeNull();
  });

  it("is the axis, the target strip and the lanes as three inline SVGs, hidden from assistive technology, at the assumed width", () => {
    const frame = firstFrame(items, options)!;
    for (const part of [frame.axis, frame.targets, frame.lanes]) {
      expect(part).toMatch(new RegExp(`^<svg width="${FIRST_FRAME_WIDTH}" height="\\d+" viewBox="0 0 ${FIRST_FRAME_WIDTH} \\d+"[^>]* aria-hidden="true">`));
      expect(part.trimEnd().endsWith("</svg>")).toBe(true);
    }
    expect(frame.lanes).toContain(">Japan</text>");
    expect(frame.lanes).toMatch(/<(circle|path) /);
    expect(frame.axis).not.toContain(">Japan</text>");
  });

  it("draws the targets whose revisions the shown events announced, on the frame's window, as a picture", () => {
    const { targets } = firstFrame(items, options)!;
    expect(targets).toMatch(/^<svg [^>]*class="target-strip" data-testid="target-strip"/);
    expect(targets).toContain(">Target kept</text>");
    expect(targets).not.toContain("filtered-out");
    expect(count(targets, `data-testid="chain-revision"`)).toBe(2);
    expect(count(targets, `data-testid="chain-arrow"`)).toBe(1);
    expect(targets).not.toMatch(/tabindex|role="button"/);
    // Same window as the lanes, 1000 px for 210 days: the later deadline is to the right of the earlier, both within the frame.
    const xs = [...targets.matchAll(/<rect x="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(xs).toEqual([Math.round(((20050 - 19980) / 210) * 10000) / 10, Math.round(((20150 - 19980) / 210) * 10000) / 10]);
  });

  it("has no strip when no shown event announced a target", () => {
    expect(firstFrame(items, { ...options, chains: [chain("filtered-out", "not-in-view")] })!.targets).toBe("");
  });

  it("is the SVG export of the same view, layer for layer: axis, target strip, lanes", () => {
    const frame = firstFrame(items, options)!;
    const view = timelineView(timelineSource(items, "country", options.names, options.chains), { window, width: FIRST_FRAME_WIDTH, today: options.today });
    const exported = timelineSvg({ view, palette: cssVariablePalette(), title: "Policy Timeline" });
    // Under the export's 44 px title: the 40 px axis, then the strip, then the lanes (the frame's lanes open with their background).
    const lanes = body(frame.lanes).replace(/^<rect [^>]*\/>\n/, "");
    expect(exported).toContain(`<g transform="translate(0,44)">${body(frame.axis)}</g>`);
    expect(exported).toContain(`<g transform="translate(0,84)">${body(frame.targets)}</g>`);
    expect(exported).toContain(`<g transform="translate(0,${84 + view.targets.height})">${lanes}</g>`);
    for (const what of [`data-testid="chain-revision"`, `data-testid="chain-arrow"`, "<text", "<circle", "<path", "<rect"]) {
      const inFrame = count(frame.axis, what) + count(frame.targets, what) + count(lanes, what);
      // The export adds its own background rect (the frame's lanes have theirs, dropped above).
      expect(count(exported, what), what).toBe(inFrame + (what === "<rect" ? 1 : 0) + (what === "<text" ? 1 : 0));
    }
  });
});
