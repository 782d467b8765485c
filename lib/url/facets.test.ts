import { describe, expect, it } from "vitest";
import { toggleFacetValue, withoutFacet } from "./facets";
import { emptyFilters, serializeFilters } from "./filters";
import { pageHref } from "./page-state";

describe("toggleFacetValue", () => {
  it("adds a value in canonical order and takes it out again", () => {
    const jp = toggleFacetValue(emptyFilters(), "country", "US");
    const both = toggleFacetValue(jp, "country", "JP");
    expect(both.country).toEqual(["JP", "US"]);
    expect(toggleFacetValue(both, "country", "US").country).toEqual(["JP"]);
    expect(toggleFacetValue(toggleFacetValue(emptyFilters(), "status", "due"), "status", "planned").status).toEqual(["planned", "due"]);
  });

  it("leaves the other filters and the given object alone", () => {
    const filters = { ...emptyFilters(), topic: ["alliance"], q: "2%" };
    const next = toggleFacetValue(filters, "country", "JP");
    expect(next).toEqual({ ...filters, country: ["JP"] });
    expect(filters.country).toEqual([]);
  });
});

describe("withoutFacet", () => {
  it("drops only that facet's values, so its counts say what each other value would add", () => {
    const filters = { ...emptyFilters(), country: ["JP"], topic: ["alliance"], asOf: "2025-10-01" };
    expect(withoutFacet(filters, "country")).toEqual({ ...filters, country: [] });
    expect(serializeFilters(withoutFacet(filters, "topic")).toString()).toBe("country=JP&asOf=2025-10-01");
  });
});

describe("pageHref", () => {
  it("writes only what is set, in one order, with list commas as commas", () => {
    const filters = toggleFacetValue(toggleFacetValue({ ...emptyFilters(), topic: ["defense-spending"] }, "country", "US"), "country", "JP");
    expect(pageHref({ filters, view: "timeline", lanes: "country", embed: false })).toBe("/?country=JP,US&topic=defense-spending");
    expect(pageHref({ filters: emptyFilters(), view: "timeline", lanes: "country", embed: false })).toBe("/");
    expect(pageHref({ filters: { ...emptyFilters(), q: "a,b & c" }, view: "list", lanes: "topic", embed: false })).toBe("/?q=a,b+%26+c&view=list&lanes=topic");
  });
});
