import { describe, expect, it } from "vitest";
import { layoutTimeline, DEFAULT_LAYOUT } from "@/lib/timeline/layout";
import { multiLevelTicks } from "@/lib/timeline/ticks";
import type { TimelineItem } from "@/lib/timeline/items";
import type { Palette } from "@/lib/timeline/draw";
import { timelineSvg } from "./timeline-svg";

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
    const layout = layoutTimeline(items, [{ key: "JP", label: "Japan" }], "country", { ...DEFAULT_LAYOUT, width: 800, ...window });
    const svg = timelineSvg({ layout, palette, width: 800, window, ticks: multiLevelTicks(window.from, window.to, 800), today: 20410, title: "Policy Timeline: Japan", footer: "Exported 2026-11-26" });
    expect(svg.startsWith(`<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"`)).toBe(true);
    expect(svg.trimEnd().endsWith("</svg>")).toBe(true);
    expect(svg).toContain("<title>Policy Timeline: Japan</title>");
    expect(svg).toContain(">Japan</text>");
    expect(svg).toContain(">Ministers meet in Tokyo</text>");
    expect(svg).toContain(">Budget &lt;draft&gt; &amp; review</text>");
    expect(svg).toContain(">Exported 2026-11-26</text>");
    expect(svg).toMatch(/>Oct<\/text>|>2025<\/text>/);
  });
});
