import { describe, expect, it } from "vitest";
import { acceptsGzip } from "./accept-encoding";

describe("acceptsGzip", () => {
  it("is false without the header or with an empty one", () => {
    expect(acceptsGzip(null)).toBe(false);
    expect(acceptsGzip("")).toBe(false);
  });

  it("accepts gzip listed alone or among others", () => {
    expect(acceptsGzip("gzip")).toBe(true);
    expect(acceptsGzip("gzip, deflate, br")).toBe(true);
    expect(acceptsGzip("br, gzip;q=0.5")).toBe(true);
    expect(acceptsGzip("x-gzip")).toBe(true);
  });

  it("refuses gzip weighted zero, even where a wildcard would allow it", () => {
    expect(acceptsGzip("br;q=1, gzip;q=0")).toBe(false);
    expect(acceptsGzip("gzip;q=0.000")).toBe(false);
    expect(acceptsGzip("*, gzip;q=0")).toBe(false);
  });

  it("follows a wildcard when gzip is not named", () => {
    expect(acceptsGzip("*")).toBe(true);
    expect(acceptsGzip("br, *;q=0.1")).toBe(true);
    expect(acceptsGzip("*;q=0")).toBe(false);
  });

  it("is false for identity or other codings only", () => {
    expect(acceptsGzip("identity")).toBe(false);
    expect(acceptsGzip("br, deflate")).toBe(false);
    expect(acceptsGzip("gzipx, xgzip")).toBe(false);
  });

  it("ignores case and white space", () => {
    expect(acceptsGzip("GZIP")).toBe(true);
    expect(acceptsGzip("  br ,  GZip ; Q = 0.8 ")).toBe(true);
    expect(acceptsGzip("br,GZIP;Q=0")).toBe(false);
    expect(acceptsGzip(" \t ")).toBe(false);
  });

  it("treats a malformed weight as a refusal", () => {
    expect(acceptsGzip("gzip;q=abc")).toBe(false);
    expect(acceptsGzip("gzip;q=2")).toBe(false);
    expect(acceptsGzip("gzip;level=9;q=0.5")).toBe(true);
  });
});
