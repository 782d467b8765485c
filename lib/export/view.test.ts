import { describe, expect, it } from "vitest";
import { emptyFilters, type EventFilters } from "@/lib/url/filters";
import { exportFilename } from "./filename";
import { exportMetadata, headerJson, jsonExport, parseExportFormat } from "./view";
import { testEvent } from "./test-events";

const filters = (partial: Partial<EventFilters>): EventFilters => ({ ...emptyFilters(), ...partial });
const params = (query: string) => new URLSearchParams(query);

describe("parseExportFormat", () => {
  it("is absent without a format, or with a blank one", () => {
    expect(parseExportFormat(params(""))).toEqual({ issues: [] });
    expect(parseExportFormat(params("format="))).toEqual({ issues: [] });
  });

  it("reads json and csv, in any case", () => {
    expect(parseExportFormat(params("format=csv")).format).toBe("csv");
    expect(parseExportFormat(params("format=json")).format).toBe("json");
    expect(parseExportFormat(params("format=CSV")).format).toBe("csv");
  });

  it("reports anything else, and a repeated format", () => {
    expect(parseExportFormat(params("format=xml"))).toEqual({
      issues: [{ parameter: "format", value: "xml", message: "format must be one of json, csv" }],
    });
    expect(parseExportFormat(params("format=csv&format=json")).issues[0]).toMatchObject({ parameter: "format", message: "format may be given only once" });
  });
});

describe("exportFilename", () => {
  it("names the view by its filters and the day", () => {
    expect(exportFilename(filters({ country: ["CN"] }), "2026-11-26", "csv")).toBe("policy-timeline_country-CN_2026-11-26.csv");
    expect(exportFilename(filters({}), "2026-11-26", "json")).toBe("policy-timeline_2026-11-26.json");
  });

  it("keeps the canonical order of the parameters and joins lists with +", () => {
    const name = exportFilename(filters({ asOf: "2025-10-29", topic: ["defense-spending"], country: ["JP", "US"], from: "2026" }), "2026-11-26", "csv");
    expect(name).toBe("policy-timeline_country-JP+US_topic-defense-spending_from-2026_asOf-2025-10-29_2026-11-26.csv");
  });

  it("keeps a search to safe ASCII, accents dropped", () => {
    expect(exportFilename(filters({ q: 'Hergész "2%" / GDP' }), "2026-11-26", "csv")).toBe("policy-timeline_q-Hergesz-2-GDP_2026-11-26.csv");
    expect(exportFilename(filters({ q: "防衛費" }), "2026-11-26", "csv")).toBe("policy-timeline_q_2026-11-26.csv");
  });

  it("stays short however long the filters are", () => {
    const name = exportFilename(filters({ q: "x".repeat(200), actor: ["a".repeat(60)] }), "2026-11-26", "csv");
    expect(name.length).toBeLessThanOrEqual("policy-timeline__2026-11-26.csv".length + 100);
    expect(name).toMatch(/^policy-timeline_actor-a+_q-x+_2026-11-26\.csv$/);
    expect(name).toMatch(/^[A-Za-z0-9_.+-]+$/);
  });
});

describe("exportMetadata", () => {
  it("says what was exported, when, and how to cite it", () => {
    const metadata = exportMetadata(filters({ country: ["JP"], asOf: "2025-10-29" }), 9, "2026-11-26", "https://timeline.example");
    expect(metadata).toMatchObject({ exportedAt: "2026-11-26", query: "country=JP&asOf=2025-10-29", total: 9 });
    expect(metadata.filters.country).toEqual(["JP"]);
    expect(metadata.howToCite).toContain("Retrieved November 26, 2026, from https://timeline.example/?country=JP&asOf=2025-10-29");
  });
});

describe("headerJson", () => {
  it("writes only printable ASCII and parses back to the same value", () => {
    const value = { q: "Hergész – 防衛費 😀", n: 1 };
    const text = headerJson(value);
    expect(text).toMatch(/^[\x20-\x7e]*$/);
    expect(JSON.parse(text)).toEqual(value);
    expect(() => new Headers({ "X-Test": text })).not.toThrow();
  });
});

describe("jsonExport", () => {
  it("gives each event its absolute permalink and each citation its three citation forms", () => {
    const metadata = exportMetadata(filters({}), 1, "2026-11-26", "https://timeline.example");
    const { events } = jsonExport([testEvent()], metadata, "https://timeline.example");
    expect(events[0].permalink).toBe("https://timeline.example/events/japan-revises-three-security-documents-by-end-2026");
    expect(events[0].url).toBe("/events/japan-revises-three-security-documents-by-end-2026");
    const { cite } = events[0].citations[0];
    expect(Object.keys(cite)).toEqual(["apa", "chicago", "bibtex"]);
    expect(cite.apa).toContain("Retrieved November 26, 2026");
    expect(cite.bibtex).toMatch(/^@misc\{thomas2025-japan-revises/);
  });
});
