import { describe, expect, it } from "vitest";
import {
  emptyFilters,
  FILTER_PARAMETERS,
  filterRange,
  parseFilters,
  serializeFilters,
  unknownParameters,
  type EventFilters,
} from "./filters";

const parse = (query: string) => parseFilters(new URLSearchParams(query));

describe("parseFilters", () => {
  it("gives empty filters and no issues for an empty query", () => {
    expect(parse("")).toEqual({ filters: emptyFilters(), issues: [] });
  });

  it("reads repeated and comma-listed values alike", () => {
    expect(parse("country=JP&country=US").filters.country).toEqual(["JP", "US"]);
    expect(parse("country=JP,US").filters.country).toEqual(["JP", "US"]);
    expect(parse("country=JP,US&country=CN").filters.country).toEqual(["CN", "JP", "US"]);
    expect(parse("topic=alliance,china&topic=defense-spending").filters.topic).toEqual(["alliance", "china", "defense-spending"]);
  });

  it("ignores blanks and whitespace around list items", () => {
    const { filters, issues } = parse("country=%20JP%20,,US,&topic=");
    expect(filters.country).toEqual(["JP", "US"]);
    expect(filters.topic).toEqual([]);
    expect(issues).toEqual([]);
  });

  it("normalises case: countries upper, slugs and vocabularies lower", () => {
    const { filters, issues } = parse("country=jp,Us&topic=Alliance&actor=Pete-Hegseth&kind=DEADLINE&status=Due");
    expect(issues).toEqual([]);
    expect(filters).toEqual({
      country: ["JP", "US"],
      topic: ["alliance"],
      actor: ["pete-hegseth"],
      kind: ["deadline"],
      status: ["due"],
    });
  });

  it("drops duplicates, also after normalisation", () => {
    const { filters, issues } = parse("country=US,jp,JP,us&kind=meeting&kind=Meeting,statement");
    expect(filters.country).toEqual(["JP", "US"]);
    expect(filters.kind).toEqual(["meeting", "statement"]);
    expect(issues).toEqual([]);
  });

  it("puts values in one order, so a view has one link: codes and slugs alphabetically, kinds and statuses as the vocabulary lists them", () => {
    const a = parse("country=US,JP&status=due,planned&kind=deadline,meeting&topic=defense-spending,alliance").filters;
    const b = parse("country=JP,US&status=planned,due&kind=meeting,deadline&topic=alliance,defense-spending").filters;
    expect(a).toEqual(b);
    expect(a.status).toEqual(["planned", "due"]);
    expect(a.kind).toEqual(["meeting", "deadline"]);
    expect(serializeFilters(a).toString()).toBe("country=JP%2CUS&topic=alliance%2Cdefense-spending&kind=meeting%2Cdeadline&status=planned%2Cdue");
  });

  it("drops invalid list values and reports each with its raw value", () => {
    const { filters, issues } = parse("country=JP,JPN,1&topic=ok,not_a_slug&actor=-bad&kind=meeting,party&status=occurred,cancelled");
    expect(filters).toEqual({ country: ["JP"], topic: ["ok"], actor: [], kind: ["meeting"], status: ["occurred"] });
    expect(issues.map((i) => [i.parameter, i.value])).toEqual([
      ["country", "JPN"],
      ["country", "1"],
      ["topic", "not_a_slug"],
      ["actor", "-bad"],
      ["kind", "party"],
      ["status", "cancelled"],
    ]);
    expect(issues[0].message).toBe("country must be ISO 3166-1 alpha-2 codes such as JP");
    expect(issues.find((i) => i.parameter === "kind")!.message).toMatch(/^kind must be one of meeting, agreement/);
    expect(issues.find((i) => i.parameter === "status")!.message).toMatch(/^status must be one of occurred, announced/);
  });

  it("reads from and to as partial dates, kept as written", () => {
    for (const [from, to] of [
      ["2025", "2026"],
      ["2025-10", "2025-11"],
      ["2025-10-29", "2026-12-31"],
      ["2025-10", "2025-10-15"],
      ["2025", "2025"],
    ]) {
      const { filters, issues } = parse(`from=${from}&to=${to}`);
      expect(issues).toEqual([]);
      expect(filters.from).toBe(from);
      expect(filters.to).toBe(to);
    }
  });

  it("trims from and to", () => {
    expect(parse("from=%202025%20").filters.from).toBe("2025");
  });

  it.each(["2025-1", "2025-00", "abc", "2025-02-30", "25", "2025-13"])("rejects from=%s and to=%s", (value) => {
    const a = parse(`from=${value}`);
    expect(a.filters.from).toBeUndefined();
    expect(a.issues).toEqual([{ parameter: "from", value, message: "from must be a date written YYYY, YYYY-MM or YYYY-MM-DD" }]);
    const b = parse(`to=${value}`);
    expect(b.filters.to).toBeUndefined();
    expect(b.issues).toEqual([{ parameter: "to", value, message: "to must be a date written YYYY, YYYY-MM or YYYY-MM-DD" }]);
  });

  it("drops a to that ends before from starts and says so", () => {
    const { filters, issues } = parse("from=2026&to=2025-12");
    expect(filters.from).toBe("2026");
    expect(filters.to).toBeUndefined();
    expect(issues).toEqual([{ parameter: "to", value: "2025-12", message: "to (2025-12) is before from (2026)" }]);
  });

  it("compares whole intervals: a to inside from's month is fine, the day before is not", () => {
    expect(parse("from=2025-10&to=2025-10-01").issues).toEqual([]);
    expect(parse("from=2025-10&to=2025-09-30").issues.map((i) => i.parameter)).toEqual(["to"]);
    expect(parse("from=2025-10-29&to=2025-10").issues).toEqual([]);
  });

  it("reads asOf as a full date only", () => {
    expect(parse("asOf=2025-10-29")).toEqual({ filters: { ...emptyFilters(), asOf: "2025-10-29" }, issues: [] });
    for (const value of ["2025-10", "2025", "2025-02-29", "yesterday"]) {
      const { filters, issues } = parse(`asOf=${value}`);
      expect(filters.asOf).toBeUndefined();
      expect(issues).toEqual([{ parameter: "asOf", value, message: "asOf must be a date written YYYY-MM-DD" }]);
    }
  });

  it("reads q, trimmed, up to 200 characters", () => {
    expect(parse("q=%20defense%20spending%20").filters.q).toBe("defense spending");
    expect(parse("q=a,b").filters.q).toBe("a,b");
    const max = "x".repeat(200);
    expect(parse(`q=${max}`)).toEqual({ filters: { ...emptyFilters(), q: max }, issues: [] });
  });

  it("refuses q longer than 200 characters", () => {
    const { filters, issues } = parse(`q=${"y".repeat(201)}`);
    expect(filters.q).toBeUndefined();
    expect(issues).toEqual([{ parameter: "q", value: `${"y".repeat(20)}…`, message: "q must be at most 200 characters" }]);
  });

  it("treats a blank q, from, to or asOf as absent", () => {
    expect(parse("q=&from=&to=%20&asOf=")).toEqual({ filters: emptyFilters(), issues: [] });
  });

  it("reports a single parameter given twice and keeps the first value", () => {
    const { filters, issues } = parse("q=one&q=two&from=2025&from=2026&to=2027&to=2028&asOf=2025-10-29&asOf=2025-10-30");
    expect(filters.q).toBe("one");
    expect(filters.from).toBe("2025");
    expect(filters.to).toBe("2027");
    expect(filters.asOf).toBe("2025-10-29");
    expect(issues).toEqual([
      { parameter: "q", value: "one,two", message: "q may be given only once" },
      { parameter: "from", value: "2025,2026", message: "from may be given only once" },
      { parameter: "to", value: "2027,2028", message: "to may be given only once" },
      { parameter: "asOf", value: "2025-10-29,2025-10-30", message: "asOf may be given only once" },
    ]);
  });

  it("does not count a blank repeat as a second value", () => {
    expect(parse("q=one&q=").issues).toEqual([]);
  });

  it("ignores parameters it does not know", () => {
    expect(parse("view=list&country=JP")).toEqual({ filters: { ...emptyFilters(), country: ["JP"] }, issues: [] });
  });
});

describe("serializeFilters", () => {
  it("writes nothing for empty filters", () => {
    expect(serializeFilters(emptyFilters()).toString()).toBe("");
  });

  it("writes lists comma-joined in a canonical order", () => {
    const filters: EventFilters = {
      ...emptyFilters(),
      status: ["due"],
      country: ["JP", "US"],
      q: "3.5% of GDP",
      from: "2025",
    };
    const params = serializeFilters(filters);
    expect([...params.keys()]).toEqual(["country", "status", "q", "from"]);
    expect(params.get("country")).toBe("JP,US");
    expect(params.get("q")).toBe("3.5% of GDP");
  });

  it("sets into the params it is given, replacing the filter keys", () => {
    const params = new URLSearchParams("view=list&country=CN&country=KP");
    const out = serializeFilters({ ...emptyFilters(), country: ["JP"] }, params);
    expect(out).toBe(params);
    expect(out.toString()).toBe("view=list&country=JP");
  });
});

describe("parseFilters(serializeFilters(f)) round trip", () => {
  const states: EventFilters[] = [
    emptyFilters(),
    { ...emptyFilters(), country: ["JP"] },
    { ...emptyFilters(), country: ["CN", "JP", "US"], topic: ["alliance", "defense-spending"] },
    { ...emptyFilters(), actor: ["pete-hegseth", "shinjiro-koizumi"], kind: ["target-proposal", "deadline"], status: ["planned", "due"] },
    { ...emptyFilters(), q: "Koizumi, Hegseth & \"3.5%\" ?=#+", from: "2025-10", to: "2026" },
    { ...emptyFilters(), from: "2025-10-29" },
    { ...emptyFilters(), to: "2026-12-31", asOf: "2026-11-26" },
    {
      country: ["JP", "US"],
      topic: ["china"],
      actor: ["us-government"],
      kind: ["meeting", "statement", "analysis"],
      status: ["occurred"],
      q: "本日 2%",
      from: "2025",
      to: "2025-10-29",
      asOf: "2024-02-29",
    },
  ];

  it.each(states.map((s, i) => [i, s] as const))("state %i survives", (_, state) => {
    const query = serializeFilters(state).toString();
    const { filters, issues } = parseFilters(new URLSearchParams(query));
    expect(issues).toEqual([]);
    expect(filters).toEqual(state);
  });

  it("is a fixed point: serialising a parsed messy query gives the canonical query", () => {
    const { filters } = parse("country=jp&country=US,JP&kind=Meeting&q=%20x%20");
    const canonical = serializeFilters(filters).toString();
    expect(canonical).toBe("country=JP%2CUS&kind=meeting&q=x");
    expect(serializeFilters(parseFilters(new URLSearchParams(canonical)).filters).toString()).toBe(canonical);
  });
});

describe("filterRange", () => {
  it("is open at both ends with no dates", () => {
    expect(filterRange(emptyFilters())).toEqual({ start: undefined, end: undefined });
  });

  it("starts at the first day of from and ends at the last day of to", () => {
    expect(filterRange({ ...emptyFilters(), from: "2025", to: "2026" })).toEqual({ start: "2025-01-01", end: "2026-12-31" });
    expect(filterRange({ ...emptyFilters(), from: "2024-02", to: "2024-02" })).toEqual({ start: "2024-02-01", end: "2024-02-29" });
    expect(filterRange({ ...emptyFilters(), from: "2025-10-29", to: "2025-10-29" })).toEqual({ start: "2025-10-29", end: "2025-10-29" });
  });

  it("leaves an absent end open", () => {
    expect(filterRange({ ...emptyFilters(), from: "2025-10" })).toEqual({ start: "2025-10-01", end: undefined });
    expect(filterRange({ ...emptyFilters(), to: "2025-10" })).toEqual({ start: undefined, end: "2025-10-31" });
  });
});

describe("unknownParameters", () => {
  it("reports each unknown name once with its first value", () => {
    const params = new URLSearchParams("country=JP&foo=1&foo=2&bar=&topic=china");
    expect(unknownParameters(params, FILTER_PARAMETERS)).toEqual([
      { parameter: "foo", value: "1", message: 'unknown parameter "foo"' },
      { parameter: "bar", value: "", message: 'unknown parameter "bar"' },
    ]);
  });

  it("accepts every filter parameter", () => {
    const params = new URLSearchParams(FILTER_PARAMETERS.map((p) => `${p}=x`).join("&"));
    expect(unknownParameters(params, FILTER_PARAMETERS)).toEqual([]);
  });

  it("is case-sensitive about names", () => {
    expect(unknownParameters(new URLSearchParams("Country=JP&asof=2025-10-29"), FILTER_PARAMETERS).map((i) => i.parameter)).toEqual([
      "Country",
      "asof",
    ]);
  });
});
