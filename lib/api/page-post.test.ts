import { describe, expect, it } from "vitest";
import { checkPagePost, namesAction } from "./page-post";

const headers = (entries: Record<string, string>) => new Headers(entries);

describe("checkPagePost", () => {
  it("lets reads, API calls and Next's own Server Action requests through", () => {
    expect(checkPagePost("GET", "/", headers({}))).toEqual({ pass: true });
    expect(checkPagePost("POST", "/api/events", headers({ "content-type": "text/plain" }))).toEqual({ pass: true });
    // A form to an API path is read (a broken one is a 400 there too), but needs no action.
    expect(checkPagePost("POST", "/api/ingest", headers({ "content-type": "multipart/form-data; boundary=x" }))).toEqual({ readForm: { needsAction: false } });
    expect(checkPagePost("POST", "/targets", headers({ "next-action": "abc", "content-type": "text/plain;charset=UTF-8" }))).toEqual({ pass: true });
  });

  it("reads a multipart form up to 1 MB, to see whether it names an action", () => {
    expect(checkPagePost("POST", "/", headers({ "content-type": "multipart/form-data; boundary=x", "content-length": "300" }))).toEqual({ readForm: { needsAction: true } });
    expect(checkPagePost("POST", "/", headers({ "content-type": "multipart/form-data; boundary=x", "content-length": String(2 * 1024 * 1024) }))).toMatchObject({ refuse: { status: 413 } });
    expect(checkPagePost("POST", "/", headers({ "content-type": "multipart/form-data; boundary=x" }))).toMatchObject({ refuse: { status: 413 } });
  });

  it("refuses any other POST to a page with 405", () => {
    for (const type of ["application/json", "application/x-www-form-urlencoded", "text/plain", ""]) {
      expect(checkPagePost("POST", "/events/x", headers(type ? { "content-type": type } : {}))).toMatchObject({ refuse: { status: 405 } });
    }
  });
});

describe("namesAction", () => {
  it("knows the fields of Next's form submissions", () => {
    expect(namesAction(["$ACTION_ID_00ab", "other"])).toBe(true);
    expect(namesAction(["$ACTION_REF_1", "$ACTION_1:0"])).toBe(true);
    expect(namesAction(["name", "email"])).toBe(false);
  });
});
