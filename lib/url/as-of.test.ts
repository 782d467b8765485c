import { describe, expect, it } from "vitest";
import { parseAsOfParams, targetHref } from "./as-of";

const parse = (query: string) => parseAsOfParams(new URLSearchParams(query));

describe("parseAsOfParams", () => {
  it("reads a calendar date", () => {
    expect(parse("asOf=2025-10-01")).toEqual({ asOf: "2025-10-01", issues: [] });
    expect(parse("")).toEqual({ asOf: null, issues: [] });
  });

  it("reports a date that does not exist, a partial date and a repeated asOf", () => {
    for (const query of ["asOf=2025-02-30", "asOf=2025-10", "asOf=2025-10-01&asOf=2025-10-02"]) {
      const { issues } = parse(query);
      expect(issues, query).toEqual([expect.objectContaining({ parameter: "asOf" })]);
    }
    expect(parse("asOf=yesterday").asOf).toBeNull();
  });

  it("reports parameters the targets do not take", () => {
    expect(parse("country=JP&asOf=2025-10-01")).toEqual({
      asOf: "2025-10-01",
      issues: [{ parameter: "country", value: "JP", message: 'unknown parameter "country"' }],
    });
  });
});

describe("targetHref", () => {
  it("keeps the asOf date in the link", () => {
    expect(targetHref("t", "2025-10-01")).toBe("/targets/t?asOf=2025-10-01");
    expect(targetHref("t")).toBe("/targets/t");
  });
});
