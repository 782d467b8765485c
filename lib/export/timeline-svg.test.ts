import { describe, expect, it } from "vitest";
import { toDayNumber } from "@/lib/dates/calendar-date";
import { JAPAN_TARGET } from "@/lib/targets/test-fixture";
import type { Palette } from "@/lib/timeline/draw";
import type { TimelineItem } from "@/lib/timeline/items";
import { toTargetChain } from "@/lib/timeline/target-chains";
import { timelineSource, timelineView } from "@/lib/timeline/view";
import { fittedFontSize, timelineSvg } from "./timeline-svg";

const palette: Palette = {
  text: "#111", muted: "#666", laneBackground: "#eee", grid: "#ddd", today: "#f80", occurred: "#06c", announced: "#85d",
  due: "#a50", superseded: "#777", selection: "#000", cluster: "#555", clusterText: "#fff", background: "#fff",
};
const item = (slug: string, start: number, end: number, precision: TimelineItem["precision"], title: string): TimelineItem => ({
  slug, title, label: slug, start, end, precision, status: "occurred", kind: "meeting", countries: ["JP"], topics: [],
});

describe("timelineSvg", () => {
  it("is one SVG document with the title, axis labels, lane names and every placed label", () => {
    const window = { from: 20300, to: 20500 };
    const items = [item("a", 20380, 20380, "day", "Ministers meet in Tokyo"), item("b", 20400, 20430, "month", "Budget <draft> & review")];
    const view = timelineView(timelineSource(items, "country", new Map([["JP", "Japan"]]), []), { window, width: 800, today: 20410 });
    const svg = timelineSvg({ view, palette, title: "Policy Timeline: Japan", footer: "Exported 2026-11-26" });
    expect(svg.startsWith(`<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"`)).toBe(true);
    expect(svg.trimEnd().endsWith("</svg>")).toBe(true);
    expect(svg).toContain("<title>Policy Timeline: Japan</title>");
    expect(svg).toContain(">Japan</text>");
    expect(svg).toContain(">Ministers meet in Tokyo</text>");
    expect(svg).toContain(">Budget &lt;draft&gt; &amp; review</text>");
    expect(svg).toContain(">Exported 2026-11-26</text>");
    expect(svg).toMatch(/>Oct<\/text>|>2025<\/text>/);
  });

  it("draws the target strip between the axis and the lanes, as the live view does, in the palette's colours", () => {
    const chain = toTargetChain({ ...JAPAN_TARGET, asOf: null, inForce: 1 });
    const announcer = { ...item("japan-moves-2-percent-target-to-fy2025", toDayNumber("2022-12-16"), toDayNumber("2022-12-16"), "day", "Japan moves its target") };
    const window = { from: toDayNumber("2022-07-01"), to: toDayNumber("2028-07-01") };
    const view = timelineView(timelineSource([announcer], "country", new Map([["JP", "Japan"]]), [chain]), { window, width: 1200, today: toDayNumber("2025-11-26") });
    const svg = timelineSvg({ view, palette, title: "Targets", footer: "footer" });
    const strip = svg.match(/<g transform="translate\(0,84\)">([\s\S]*?)<\/g>\n<g transform="translate\(0,(\d+)\)">/)!;
    expect(Number(strip[2])).toBe(84 + 30);
    expect(strip[1]).toContain(`>${chain.title}</text>`);
    const bands = [...strip[1].matchAll(/<rect x="([\d.]+)" y="\d+" width="([\d.]+)"[^>]*fill="([^"]+)"/g)];
    expect(bands.map((b) => b[3])).toEqual([palette.superseded, palette.due]);
    expect(Number(bands[1][1])).toBeCloseTo(view.scale.place(toDayNumber("2025-04-01")), 0);
    expect(strip[1]).toContain(`marker-end="url(#target-strip-arrow)"`);
    // The document is tall enough for the strip: header, axis, strip, lanes, footer.
    expect(svg).toContain(`height="${44 + 40 + 30 + view.height + 24}"`);
  });
});

describe("fittedFontSize", () => {
  it("keeps the largest size when the text fits, and shrinks it to fit a narrow download", () => {
    const title = "Policy Timeline · 16 Feb 2025 – 13 May 2028";
    expect(fittedFontSize(title, 1440, 16, 10)).toBe(16);
    const narrow = fittedFontSize(title, 390, 16, 10);
    expect(narrow).toBeLessThan(16);
    expect(title.length * 0.56 * narrow).toBeLessThanOrEqual(390 - 16);
    expect(fittedFontSize("x".repeat(500), 390, 16, 10)).toBe(10);
  });
});
