import { describe, expect, it } from "vitest";
import { EVENT_STATUSES, type EventStatus } from "@/lib/validation/vocabulary";
import { drawTimeline, NARROW_BAND, statusColour, type DrawInput, type DrawingContext, type Palette } from "./draw";
import { laneBoxes, rowCentre } from "./geometry";
import type { TimelineItem } from "./items";
import type { Cluster, PlacedItem, TimelineLayout } from "./layout";
import type { MarkShape } from "./shape";

interface Call {
  name: string;
  args: unknown[];
  /** The style in force when the call was made. */
  fillStyle: unknown;
  strokeStyle: unknown;
  lineWidth: number;
  globalAlpha: number;
  textAlign: string;
}

/** A DrawingContext that records every call with the style in force; style properties are plain fields. */
class RecordingContext implements DrawingContext {
  calls: Call[] = [];
  fillStyle: string | CanvasGradient | CanvasPattern = "#000000";
  strokeStyle: string | CanvasGradient | CanvasPattern = "#000000";
  lineWidth = 1;
  font = "10px sans-serif";
  globalAlpha = 1;
  textBaseline: CanvasTextBaseline = "alphabetic";
  textAlign: CanvasTextAlign = "start";

  private record(name: string, args: unknown[]): void {
    this.calls.push({ name, args, fillStyle: this.fillStyle, strokeStyle: this.strokeStyle, lineWidth: this.lineWidth, globalAlpha: this.globalAlpha, textAlign: this.textAlign });
  }
  clearRect(x: number, y: number, w: number, h: number) {
    this.record("clearRect", [x, y, w, h]);
  }
  fillRect(x: number, y: number, w: number, h: number) {
    this.record("fillRect", [x, y, w, h]);
  }
  strokeRect(x: number, y: number, w: number, h: number) {
    this.record("strokeRect", [x, y, w, h]);
  }
  beginPath() {
    this.record("beginPath", []);
  }
  closePath() {
    this.record("closePath", []);
  }
  moveTo(x: number, y: number) {
    this.record("moveTo", [x, y]);
  }
  lineTo(x: number, y: number) {
    this.record("lineTo", [x, y]);
  }
  arc(x: number, y: number, radius: number, startAngle: number, endAngle: number, counterclockwise?: boolean) {
    this.record("arc", counterclockwise === undefined ? [x, y, radius, startAngle, endAngle] : [x, y, radius, startAngle, endAngle, counterclockwise]);
  }
  rect(x: number, y: number, w: number, h: number) {
    this.record("rect", [x, y, w, h]);
  }
  roundRect(x: number, y: number, w: number, h: number, radii?: number | DOMPointInit | (number | DOMPointInit)[]) {
    this.record("roundRect", [x, y, w, h, radii]);
  }
  fill(...args: unknown[]) {
    this.record("fill", args);
  }
  stroke(...args: unknown[]) {
    this.record("stroke", args);
  }
  fillText(text: string, x: number, y: number, maxWidth?: number) {
    this.record("fillText", maxWidth === undefined ? [text, x, y] : [text, x, y, maxWidth]);
  }
  setLineDash(segments: number[]) {
    this.record("setLineDash", [[...segments]]);
  }
  save() {
    this.record("save", []);
  }
  restore() {
    this.record("restore", []);
  }

  named(name: string): Call[] {
    return this.calls.filter((c) => c.name === name);
  }
  /** The calls after the first call matching `test`, to check what follows it. */
  after(test: (c: Call) => boolean): Call[] {
    const i = this.calls.findIndex(test);
    expect(i, "expected call not found").toBeGreaterThanOrEqual(0);
    return this.calls.slice(i + 1);
  }
}

const palette: Palette = {
  text: "text",
  muted: "muted",
  laneBackground: "lane-bg",
  grid: "grid",
  today: "today",
  occurred: "occurred",
  announced: "announced",
  due: "due",
  superseded: "superseded",
  selection: "selection",
  cluster: "cluster",
  clusterText: "cluster-text",
  background: "background",
};

const timelineItem = (slug: string, status: EventStatus = "occurred"): TimelineItem => ({
  slug,
  title: slug,
  label: slug,
  start: 0,
  end: 0,
  precision: "day",
  status,
  kind: "meeting",
  countries: [],
  topics: [],
});

const placedItem = (slug: string, shape: MarkShape, extra: Partial<PlacedItem> & { status?: EventStatus } = {}): PlacedItem => {
  const { status, ...rest } = extra;
  return { item: timelineItem(slug, status), lane: 0, row: 0, shape, x: 100, width: 12, label: null, labelX: 116, ...rest };
};

const cluster = (count: number, extra: Partial<Cluster> = {}): Cluster => ({ lane: 0, row: 1, x: 38, width: 32, count, from: 0, to: 10, ...extra });

const layoutOf = (placed: PlacedItem[], clusters: Cluster[] = [], rows = [2]): TimelineLayout => ({
  lanes: rows.map((r, i) => ({ key: `lane${i}`, label: `Lane ${i}`, rows: r })),
  placed,
  clusters,
});

interface Extra extends Partial<Omit<DrawInput, "view">> {
  todayX?: number | null;
  gridXs?: number[];
}

function draw(layout: TimelineLayout, { todayX = null, gridXs = [], ...extra }: Extra = {}): RecordingContext {
  const ctx = new RecordingContext();
  const view = { layout, boxes: laneBoxes(layout.lanes).boxes, width: 800, height: 300, todayX, ticks: { fine: gridXs.map((x) => ({ x })) } };
  drawTimeline(ctx, { view, palette, ...extra });
  return ctx;
}

/** Centre of row 0 in the first lane: header 18 + half a 22 px row. */
const CY = 29;

describe("statusColour", () => {
  it.each<[string, keyof Palette]>([
    ["occurred", "occurred"],
    ["met", "occurred"],
    ["announced", "announced"],
    ["superseded", "superseded"],
    ["missed", "superseded"],
    ["planned", "due"],
    ["due", "due"],
    ["something-else", "due"],
  ])("draws %s in the %s colour", (status, key) => {
    expect(statusColour(status, palette)).toBe(palette[key]);
  });

  it("has a palette colour for every status", () => {
    const colours = new Set([palette.occurred, palette.announced, palette.due, palette.superseded]);
    for (const status of EVENT_STATUSES) expect(colours.has(statusColour(status, palette))).toBe(true);
  });
});

describe("drawTimeline", () => {
  it("clears the whole canvas first", () => {
    const ctx = draw(layoutOf([]));
    expect(ctx.calls[0]).toMatchObject({ name: "clearRect", args: [0, 0, 800, 300] });
    expect(ctx.textBaseline).toBe("middle");
  });

  it("shades every other lane", () => {
    const layout = layoutOf([], [], [1, 2, 1]);
    const { boxes } = laneBoxes(layout.lanes);
    const shaded = draw(layout).named("fillRect").filter((c) => c.fillStyle === palette.laneBackground);
    expect(shaded.map((c) => c.args)).toEqual([
      [0, boxes[0].top, 800, boxes[0].height],
      [0, boxes[2].top, 800, boxes[2].height],
    ]);
  });

  it("draws a grid line at each rounded grid x", () => {
    const grid = draw(layoutOf([]), { gridXs: [10.4, 200.6] }).named("fillRect").filter((c) => c.fillStyle === palette.grid);
    expect(grid.map((c) => c.args)).toEqual([
      [10, 0, 1, 300],
      [201, 0, 1, 300],
    ]);
  });

  it("draws the today line only when todayX is not null", () => {
    const withToday = draw(layoutOf([]), { todayX: 123.4 }).named("fillRect").filter((c) => c.fillStyle === palette.today);
    expect(withToday).toHaveLength(1);
    expect(withToday[0]).toMatchObject({ args: [123, 0, 1, 300], globalAlpha: 0.7 });
    expect(draw(layoutOf([]), { todayX: null }).calls.some((c) => c.fillStyle === palette.today)).toBe(false);
    // 0 is a position, not "no today".
    expect(draw(layoutOf([]), { todayX: 0 }).named("fillRect").filter((c) => c.fillStyle === palette.today)).toHaveLength(1);
  });

  it("restores full opacity after the today line", () => {
    const ctx = draw(layoutOf([placedItem("p", "point")]), { todayX: 50 });
    expect(ctx.named("fill")[0].globalAlpha).toBe(1);
  });

  it("draws a point item as a filled circle centred on its mark, in its status colour", () => {
    const ctx = draw(layoutOf([placedItem("p", "point", { x: 100, width: 12 })]));
    const arcs = ctx.named("arc");
    expect(arcs).toHaveLength(1);
    expect(arcs[0].args).toEqual([106, CY, 5, 0, Math.PI * 2]);
    const next = ctx.after((c) => c.name === "arc");
    expect(next[0]).toMatchObject({ name: "fill", fillStyle: palette.occurred });
    expect(ctx.named("stroke")).toHaveLength(0);
  });

  it.each<EventStatus>(["due", "planned"])("draws a %s point hollow: filled with the background, then stroked", (status) => {
    const ctx = draw(layoutOf([placedItem("p", "point", { status })]));
    const arcs = ctx.calls.flatMap((c, i) => (c.name === "arc" ? [i] : []));
    expect(arcs).toHaveLength(2);
    expect(ctx.calls[arcs[0] + 1]).toMatchObject({ name: "fill", fillStyle: palette.background });
    expect(ctx.calls[arcs[1] + 1]).toMatchObject({ name: "stroke", strokeStyle: palette.due, lineWidth: 2 });
    expect(ctx.calls[arcs[1]].args).toEqual(ctx.calls[arcs[0]].args);
  });

  it("draws announced and superseded points solid in their colours", () => {
    for (const [status, colour] of [
      ["announced", palette.announced],
      ["superseded", palette.superseded],
      ["met", palette.occurred],
    ] as const) {
      const ctx = draw(layoutOf([placedItem("p", "point", { status })]));
      expect(ctx.after((c) => c.name === "arc")[0]).toMatchObject({ name: "fill", fillStyle: colour });
      expect(ctx.named("stroke")).toHaveLength(0);
    }
  });

  it("draws a band as a rounded rectangle across its mark", () => {
    const ctx = draw(layoutOf([placedItem("b", "band", { x: 50, width: 200 })]));
    const rects = ctx.named("roundRect");
    expect(rects).toHaveLength(1);
    expect(rects[0].args).toEqual([50, CY - 6, 200, 12, 3]);
    expect(ctx.after((c) => c.name === "roundRect")[0]).toMatchObject({ name: "fill", fillStyle: palette.occurred, globalAlpha: 0.55 });
    expect(ctx.named("arc")).toHaveLength(0);
  });

  it("outlines an approximate band with a dashed line", () => {
    const ctx = draw(layoutOf([placedItem("a", "approximate", { x: 50, width: 200 })]));
    expect(ctx.named("roundRect")).toHaveLength(2);
    const dashes = ctx.named("setLineDash").map((c) => c.args[0]);
    expect(dashes).toContainEqual([4, 3]);
    const strokeIndex = ctx.calls.findIndex((c) => c.name === "stroke");
    const lastDash = ctx.calls.slice(0, strokeIndex).filter((c) => c.name === "setLineDash").at(-1);
    expect(lastDash?.args[0]).toEqual([4, 3]);
  });

  it(`draws a band narrower than ${NARROW_BAND} px as a plain rectangle, and an approximate one without its dashed outline`, () => {
    const exact = draw(layoutOf([placedItem("b", "band", { x: 50, width: NARROW_BAND - 1 })]));
    expect(exact.named("roundRect")).toHaveLength(0);
    expect(exact.named("rect").map((c) => c.args)).toEqual([[50, CY - 6, NARROW_BAND - 1, 12]]);
    const approximate = draw(layoutOf([placedItem("a", "approximate", { x: 50, width: 4 })]));
    expect(approximate.named("rect")).toHaveLength(1);
    expect(approximate.named("stroke")).toHaveLength(0);
    expect(approximate.named("fill")[0].globalAlpha).toBe(0.25);
    // A due band keeps its outline (it says "not yet"), solid and square.
    const due = draw(layoutOf([placedItem("d", "band", { status: "due", x: 50, width: 4 })]));
    expect(due.named("rect")).toHaveLength(2);
    expect(due.named("stroke")).toHaveLength(1);
    // A due approximate band keeps its outline too, solid: dashes cannot be seen at this width.
    const dueApproximate = draw(layoutOf([placedItem("da", "approximate", { status: "due", x: 50, width: 4 })]));
    expect(dueApproximate.named("stroke")).toHaveLength(1);
    expect(dueApproximate.named("setLineDash").every((c) => (c.args[0] as number[]).length === 0)).toBe(true);
    // At the threshold the band is rounded again.
    expect(draw(layoutOf([placedItem("w", "approximate", { x: 50, width: NARROW_BAND })])).named("roundRect")).toHaveLength(2);
  });

  it("draws a due band faint with a solid outline", () => {
    const ctx = draw(layoutOf([placedItem("d", "band", { status: "due", x: 50, width: 200 })]));
    expect(ctx.named("fill")[0].globalAlpha).toBe(0.15);
    const stroke = ctx.named("stroke")[0];
    expect(stroke).toMatchObject({ strokeStyle: palette.due, lineWidth: 1.5 });
  });

  it("draws a 'by' deadline with a dashed lead-in ending at its day", () => {
    const ctx = draw(layoutOf([placedItem("by", "deadline", { x: 100, width: 12 })]));
    const dashIndex = ctx.calls.findIndex((c) => c.name === "setLineDash" && (c.args[0] as number[]).length > 0);
    expect(dashIndex).toBeGreaterThanOrEqual(0);
    const afterDash = ctx.calls.slice(dashIndex + 1);
    const move = afterDash.findIndex((c) => c.name === "moveTo");
    expect(afterDash[move].args).toEqual([106 - 36, CY]);
    expect(afterDash[move + 1]).toMatchObject({ name: "lineTo", args: [106, CY] });
    expect(afterDash[move + 2]).toMatchObject({ name: "stroke", strokeStyle: palette.occurred });
    // The dash is switched off again before the rest of the mark.
    const rest = afterDash.slice(move + 3);
    expect(rest.find((c) => c.name === "setLineDash")?.args[0]).toEqual([]);
    // The flag: filled for an occurred deadline.
    expect(ctx.named("closePath")).toHaveLength(1);
    expect(ctx.after((c) => c.name === "closePath")[0].name).toBe("fill");
  });

  it("draws a due deadline's flag hollow", () => {
    const ctx = draw(layoutOf([placedItem("by", "deadline", { status: "due" })]));
    expect(ctx.after((c) => c.name === "closePath")[0]).toMatchObject({ name: "stroke", strokeStyle: palette.due });
  });

  it("writes a label at its labelX in the text colour, and none when the label is null", () => {
    const ctx = draw(layoutOf([placedItem("p", "point", { label: "COP30 opens", labelX: 116 }), placedItem("q", "point", { x: 300, label: null })]));
    const texts = ctx.named("fillText");
    expect(texts).toHaveLength(1);
    expect(texts[0]).toMatchObject({ args: ["COP30 opens", 116, CY], fillStyle: palette.text });
  });

  it("draws items in their lane and row", () => {
    const layout = layoutOf([placedItem("p", "point", { lane: 1, row: 2 })], [], [1, 3]);
    const { boxes } = laneBoxes(layout.lanes);
    const [arc] = draw(layout).named("arc");
    expect(arc.args[1]).toBe(rowCentre(boxes[1], 2));
    expect(arc.args[1]).toBe(18 + 22 + 6 + 18 + 2 * 22 + 11);
  });

  it("outlines the selected item thickly", () => {
    const ctx = draw(layoutOf([placedItem("p", "point", { x: 100, width: 12 }), placedItem("q", "point", { x: 300 })]), { selected: "p" });
    const outlines = ctx.named("roundRect");
    expect(outlines).toHaveLength(1);
    expect(outlines[0].args).toEqual([96, CY - 10, 20, 20, 5]);
    expect(ctx.after((c) => c.name === "roundRect")[0]).toMatchObject({ name: "stroke", strokeStyle: palette.selection, lineWidth: 3 });
  });

  it("outlines a hovered item thinly", () => {
    const ctx = draw(layoutOf([placedItem("p", "point")]), { hovered: "p" });
    expect(ctx.after((c) => c.name === "roundRect")[0]).toMatchObject({ name: "stroke", strokeStyle: palette.selection, lineWidth: 1.5 });
  });

  it("draws no outline when nothing is selected or hovered", () => {
    const ctx = draw(layoutOf([placedItem("p", "point")]), { selected: "other", hovered: "another" });
    expect(ctx.calls.some((c) => c.strokeStyle === palette.selection)).toBe(false);
    expect(ctx.named("roundRect")).toHaveLength(0);
  });

  it("draws a cluster as a pill with its count centred", () => {
    const c = cluster(7, { x: 38, width: 32, row: 2 });
    const ctx = draw(layoutOf([], [c], [3]));
    const cy = 18 + 2 * 22 + 11;
    expect(ctx.named("roundRect")[0]).toMatchObject({ args: [38, cy - 8, 32, 16, 8] });
    expect(ctx.after((x) => x.name === "roundRect")[0]).toMatchObject({ name: "fill", fillStyle: palette.cluster });
    const [text] = ctx.named("fillText");
    expect(text).toMatchObject({ args: ["7", 54, cy], fillStyle: palette.clusterText, textAlign: "center" });
    // Alignment goes back to left for the next labels.
    expect(ctx.textAlign).toBe("left");
  });

  it.each<[number, string]>([
    [1, "1"],
    [999, "999"],
    [1_000, "1k"],
    [1_234, "1.2k"],
    [1_250, "1.3k"],
    [15_049, "15k"],
    [15_051, "15.1k"],
  ])("writes a cluster of %d as %j", (count, text) => {
    const [call] = draw(layoutOf([], [cluster(count)])).named("fillText");
    expect(call.args[0]).toBe(text);
  });

  it("draws marks that look alike as one path with one fill, however many there are", () => {
    const points = Array.from({ length: 50 }, (_, i) => placedItem(`p${i}`, "point", { x: i * 20, row: i % 2 }));
    const ctx = draw(layoutOf(points));
    expect(ctx.named("arc")).toHaveLength(50);
    expect(ctx.named("fill")).toHaveLength(1);
    expect(ctx.named("beginPath")).toHaveLength(1);
    // Each circle starts its own subpath at its rightmost point, so no line joins two circles.
    const arcIndexes = ctx.calls.flatMap((c, i) => (c.name === "arc" ? [i] : []));
    for (const i of arcIndexes) {
      const [x, y, r] = ctx.calls[i].args as number[];
      expect(ctx.calls[i - 1]).toMatchObject({ name: "moveTo", args: [x + r, y] });
    }
  });

  it("paints marks of different colours or opacities in separate paths", () => {
    const ctx = draw(
      layoutOf([
        placedItem("a", "point", { status: "occurred" }),
        placedItem("b", "point", { status: "announced", x: 200 }),
        placedItem("c", "band", { status: "occurred", x: 300, width: 50 }),
        placedItem("d", "band", { status: "due", x: 400, width: 50 }),
        placedItem("e", "point", { status: "occurred", x: 500 }),
      ]),
    );
    const fills = ctx.named("fill").map((c) => [c.fillStyle, c.globalAlpha]);
    expect(fills).toEqual(
      expect.arrayContaining([
        [palette.occurred, 1],
        [palette.announced, 1],
        [palette.occurred, 0.55],
        [palette.due, 0.15],
      ]),
    );
    expect(fills).toHaveLength(4);
  });

  it("paints bands under points and deadlines, and labels over every mark", () => {
    const ctx = draw(
      layoutOf([
        placedItem("p", "point", { x: 100, label: "Point", labelX: 116 }),
        placedItem("b", "band", { x: 50, width: 300, row: 1, label: "Band", labelX: 60 }),
        placedItem("by", "deadline", { x: 400, row: 1 }),
      ]),
    );
    const names = ctx.calls.map((c) => c.name);
    expect(names.indexOf("roundRect")).toBeLessThan(names.indexOf("arc"));
    expect(names.indexOf("roundRect")).toBeLessThan(names.indexOf("closePath"));
    const lastMark = Math.max(names.lastIndexOf("fill"), names.lastIndexOf("stroke"));
    expect(names.indexOf("fillText")).toBeGreaterThan(lastMark);
    expect(ctx.named("fillText").map((c) => c.args[0])).toEqual(["Point", "Band"]);
  });

  it("leaves the context at full opacity and with no dash after the marks", () => {
    const ctx = draw(layoutOf([placedItem("a", "approximate", { x: 50, width: 100 }), placedItem("by", "deadline", { x: 300 })]));
    expect(ctx.globalAlpha).toBe(1);
    expect(ctx.named("setLineDash").at(-1)?.args[0]).toEqual([]);
    expect(ctx.named("fillText").every((c) => c.globalAlpha === 1)).toBe(true);
  });

  it("draws all clusters as one path, each count centred on its pill", () => {
    const ctx = draw(layoutOf([], [cluster(3, { x: 10 }), cluster(4, { x: 100, row: 0 })], [2]));
    expect(ctx.named("roundRect")).toHaveLength(2);
    expect(ctx.named("fill")).toHaveLength(1);
    expect(ctx.named("fillText").map((c) => c.args.slice(0, 2))).toEqual([
      ["3", 26],
      ["4", 116],
    ]);
  });

  it("draws items before clusters, and everything after the background", () => {
    const ctx = draw(layoutOf([placedItem("p", "point")], [cluster(3)]), { todayX: 10, gridXs: [5] });
    const names = ctx.calls.map((c) => c.name);
    expect(names.indexOf("arc")).toBeLessThan(names.indexOf("fillText"));
    const lastBackground = ctx.calls.findLastIndex((c) => c.name === "fillRect");
    expect(lastBackground).toBeLessThan(names.indexOf("arc"));
  });
});
