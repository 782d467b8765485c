import { describe, expect, it } from "vitest";
import { estimateBytes } from "./estimate-bytes";

describe("estimateBytes", () => {
  it("counts a buffer's bytes and a string's characters", () => {
    expect(estimateBytes(Buffer.alloc(1_000_000))).toBe(1_000_000);
    expect(estimateBytes("x".repeat(500))).toBe(1016);
  });

  it("scales a long array from a sample, within a tenth of measuring it all", () => {
    const item = (i: number) => ({ slug: `event-${i}`, title: `Event number ${i}`, countries: ["JP", "US"] });
    const items = Array.from({ length: 100_000 }, (_, i) => item(i));
    const full = items.reduce((sum, i) => sum + estimateBytes(i, 1) + 8, 16);
    const estimate = estimateBytes(items);
    expect(Math.abs(estimate - full) / full).toBeLessThan(0.1);
    expect(estimate).toBeGreaterThan(100_000 * 60);
  });

  it("measures the values of maps and sets and the fields of objects", () => {
    const map = new Map([["a", Buffer.alloc(1000)], ["b", Buffer.alloc(1000)]]);
    expect(estimateBytes(map)).toBeGreaterThan(2000);
    expect(estimateBytes(new Set(["x".repeat(1000)]))).toBeGreaterThan(2000);
    expect(estimateBytes({ body: { bytes: Buffer.alloc(5000) } })).toBeGreaterThan(5000);
    expect(estimateBytes([])).toBe(16);
  });

  it("stops at a fixed depth, so a cycle cannot loop", () => {
    const cyclic: { self?: unknown } = {};
    cyclic.self = cyclic;
    expect(estimateBytes(cyclic)).toBeLessThan(1000);
  });
});
