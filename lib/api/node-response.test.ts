import { describe, expect, it } from "vitest";
import type { ServerResponse } from "node:http";
import { StoredBytesResponse, writeResponse } from "./node-response";

function fakeResponse() {
  const sent = { status: 0, headers: new Map<string, string | number>(), body: undefined as Buffer | undefined, ended: false };
  const res = {
    set statusCode(value: number) {
      sent.status = value;
    },
    setHeader: (name: string, value: string | number) => sent.headers.set(name.toLowerCase(), value),
    end: (body?: Buffer) => {
      sent.body = body;
      sent.ended = true;
    },
  } as unknown as ServerResponse;
  return { res, sent };
}

describe("writeResponse", () => {
  it("sends stored bytes as they are, the very buffer, with their length and headers", async () => {
    const bytes = Buffer.from('{"items":[]}');
    const { res, sent } = fakeResponse();
    await writeResponse(res, new StoredBytesResponse(bytes, { "Content-Encoding": "gzip", ETag: '"v1"' }));
    expect(sent.status).toBe(200);
    expect(sent.body).toBe(bytes);
    expect(sent.headers.get("content-length")).toBe(bytes.byteLength);
    expect(sent.headers.get("content-encoding")).toBe("gzip");
    expect(sent.headers.get("etag")).toBe('"v1"');
  });

  it("sends a web Response's body and status, and ends a bodiless one with no length", async () => {
    const { res, sent } = fakeResponse();
    await writeResponse(res, Response.json({ error: "nope" }, { status: 400 }));
    expect(sent.status).toBe(400);
    expect(JSON.parse(sent.body!.toString())).toEqual({ error: "nope" });
    const empty = fakeResponse();
    await writeResponse(empty.res, new Response(null, { status: 304, headers: { ETag: '"v1"' } }));
    expect(empty.sent.status).toBe(304);
    expect(empty.sent.body).toBeUndefined();
    expect(empty.sent.headers.has("content-length")).toBe(false);
    expect(empty.sent.ended).toBe(true);
  });
});
