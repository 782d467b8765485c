import { describe, expect, it } from "vitest";
import { diffRecords } from "./changes";

describe("diffRecords", () => {
  it("lists every field of a created entity with a null before", () => {
    expect(diffRecords(null, { title: "A", date: { start: "2025-10-29" } })).toEqual([
      { field: "title", before: null, after: "A" },
      { field: "date.start", before: null, after: "2025-10-29" },
    ]);
  });

  it("reports only what changed, nested fields by their dotted path and lists whole", () => {
    const before = { title: "A", date: { start: "2025-10-29", end: "2025-10-29" }, countries: ["JP"] };
    const after = { title: "A", date: { start: "2025-10-28", end: "2025-10-29" }, countries: ["JP", "US"] };
    expect(diffRecords(before, after)).toEqual([
      { field: "date.start", before: "2025-10-29", after: "2025-10-28" },
      { field: "countries", before: ["JP"], after: ["JP", "US"] },
    ]);
  });

  it("treats a missing optional field as null and reports a delete field by field", () => {
    expect(diffRecords({ note: undefined, title: "A" }, { title: "A" })).toEqual([]);
    expect(diffRecords({ title: "A" }, null)).toEqual([{ field: "title", before: "A", after: null }]);
  });
});
