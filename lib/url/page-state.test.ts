import { describe, expect, it } from "vitest";
import { encodeCursor } from "./page-cursor";
import { emptyFilters } from "./filters";
import { LANE_MODES, parsePageState, serializePageState, toSearchParams, VIEWS, type PageState } from "./page-state";

const parse = (query: string) => parsePageState(new URLSearchParams(query));
const defaults: PageState = { filters: emptyFilters(), view: "timeline", lanes: "country", embed: false };

describe("parsePageState", () => {
  it("gives the defaults for an empty query", () => {
    expect(parse("")).toEqual({ state: defaults, issues: [] });
  });

  it("reads the filters too", () => {
    const { state, issues } = parse("country=jp&from=2025");
    expect(issues).toEqual([]);
    expect(state.filters).toEqual({ ...emptyFilters(), country: ["JP"], from: "2025" });
  });

  it("reads every view and lane mode", () => {
    for (const view of VIEWS) expect(parse(`view=${view}`).state.view).toBe(view);
    for (const lanes of LANE_MODES) expect(parse(`lanes=${lanes}`).state.lanes).toBe(lanes);
  });

  it("falls back to the default and reports an invalid view or lanes", () => {
    const { state, issues } = parse("view=grid&lanes=actor");
    expect(state.view).toBe("timeline");
    expect(state.lanes).toBe("country");
    expect(issues).toEqual([
      { parameter: "view", value: "grid", message: "view must be one of timeline, list" },
      { parameter: "lanes", value: "actor", message: "lanes must be one of country, topic" },
    ]);
  });

  it("is exact about view values (no case folding)", () => {
    expect(parse("view=List").issues.map((i) => i.parameter)).toEqual(["view"]);
  });

  it("reads embed as 1 or 0 only", () => {
    expect(parse("embed=1").state.embed).toBe(true);
    expect(parse("embed=0")).toEqual({ state: defaults, issues: [] });
    for (const value of ["true", "yes", "", "2"]) {
      const { state, issues } = parse(`embed=${value}`);
      expect(state.embed).toBe(false);
      expect(issues).toEqual([{ parameter: "embed", value, message: "embed must be 1 or 0" }]);
    }
  });

  it("reads an event slug", () => {
    const { state, issues } = parse("event=japan-us-defense-ministers-meeting-2025-10-29");
    expect(issues).toEqual([]);
    expect(state.event).toBe("japan-us-defense-ministers-meeting-2025-10-29");
  });

  it.each(["Not-A-Slug", "a_b", "-x", "x-", "", "a--b", "../etc"])("refuses event=%j", (value) => {
    const { state, issues } = parse(`event=${encodeURIComponent(value)}`);
    expect(state.event).toBeUndefined();
    expect(issues).toEqual([{ parameter: "event", value, message: "event must be an event's slug" }]);
  });

  it("reports unknown parameters alongside filter issues", () => {
    const { state, issues } = parse("country=JPN&zoom=3&utm_source=x");
    expect(state.filters.country).toEqual([]);
    expect(issues.map((i) => i.parameter)).toEqual(["country", "zoom", "utm_source"]);
    expect(issues[1].message).toBe('unknown parameter "zoom"');
  });
});

describe("serializePageState", () => {
  it("writes nothing for the defaults", () => {
    expect(serializePageState(defaults).toString()).toBe("");
  });

  it("writes only what differs from the defaults", () => {
    expect(serializePageState({ ...defaults, view: "list" }).toString()).toBe("view=list");
    expect(serializePageState({ ...defaults, lanes: "topic" }).toString()).toBe("lanes=topic");
    expect(serializePageState({ ...defaults, embed: true }).toString()).toBe("embed=1");
    expect(serializePageState({ ...defaults, event: "abc" }).toString()).toBe("event=abc");
  });

  const states: PageState[] = [
    defaults,
    { ...defaults, view: "list" },
    { ...defaults, lanes: "topic", embed: true },
    { ...defaults, event: "japan-2-percent-target-fy2025-deadline" },
    {
      filters: { ...emptyFilters(), country: ["JP", "US"], kind: ["deadline"], status: ["planned", "due"], q: "FY2025", from: "2025-04", to: "2026-03", asOf: "2026-11-26" },
      event: "japan-2-percent-target-fy2025-deadline",
      view: "list",
      lanes: "topic",
      embed: true,
    },
  ];

  it.each(states.map((s, i) => [i, s] as const))("round trips state %i", (_, state) => {
    const { state: back, issues } = parsePageState(new URLSearchParams(serializePageState(state).toString()));
    expect(issues).toEqual([]);
    expect(back).toEqual(state);
  });
});

describe("toSearchParams", () => {
  it("turns Next's searchParams record into URLSearchParams, repeating array values", () => {
    const params = toSearchParams({ country: ["JP", "US"], view: "list", event: undefined, q: "" });
    expect(params.getAll("country")).toEqual(["JP", "US"]);
    expect(params.get("view")).toBe("list");
    expect(params.has("event")).toBe(false);
    expect(params.get("q")).toBe("");
    expect(params.toString()).toBe("country=JP&country=US&view=list&q=");
  });

  it("gives empty params for an empty record or empty arrays", () => {
    expect(toSearchParams({}).toString()).toBe("");
    expect(toSearchParams({ country: [] }).toString()).toBe("");
  });

  it("feeds parsePageState with repeated values", () => {
    const { state, issues } = parsePageState(toSearchParams({ country: ["jp", "US,CN"], lanes: "topic" }));
    expect(issues).toEqual([]);
    expect(state.filters.country).toEqual(["CN", "JP", "US"]);
    expect(state.lanes).toBe("topic");
  });

  it("keeps the list view's page size and cursor, and round-trips them", () => {
    const cursor = encodeCursor({ start: "2025-10-29", end: "2025-10-29", slug: "a-b" });
    const { state, issues } = parsePageState(new URLSearchParams(`view=list&limit=5&cursor=${cursor}`));
    expect(issues).toEqual([]);
    expect(state).toMatchObject({ view: "list", limit: 5, cursor });
    expect(serializePageState(state).toString()).toBe(`view=list&limit=5&cursor=${cursor}`);
    const bad = parsePageState(new URLSearchParams("view=list&limit=0&cursor=%21"));
    expect(bad.state.limit).toBeUndefined();
    expect(bad.state.cursor).toBeUndefined();
    expect(bad.issues.map((i) => i.parameter)).toEqual(["limit", "cursor"]);
  });
});
