import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, expectTypeOf, it } from "vitest";
import type { z } from "zod";
import type { TimelineEvent } from "@/lib/domain";
import type { TargetSnapshot } from "@/lib/targets/types";
import type { eventAnswer, targetAnswer } from "@/lib/validation/answers";
import { OPERATIONS, openApiDocument } from "./document";
import { documentValidator } from "./test-validator";

const doc = openApiDocument() as { paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema: object; example?: unknown }> }>; requestBody?: { content: Record<string, { schema: object; example?: unknown }> } }>>; components: object };

/** Every route file under app/api and pages/api, as its URL path ("*" for a catch-all) and the HTTP methods it serves. */
function routesOnDisk(): { path: string; methods: string[] }[] {
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? files(path.join(dir, entry.name)) : [path.join(dir, entry.name)]));
  const urlPath = (file: string) => file.replace(/\[\.\.\.[^\]]+\]/, "*").replace(/\[([^\]]+)\]/g, "{$1}");
  const app = files("app/api")
    .filter((file) => path.basename(file) === "route.ts")
    .map((file) => {
      const source = readFileSync(file, "utf8");
      const methods = [...source.matchAll(/export (?:async )?function (GET|POST|PUT|PATCH|DELETE)\b|export const \{([^}]+)\}/g)].flatMap((m) => (m[1] ? [m[1]] : m[2].split(",").map((s) => s.trim())));
      return { path: urlPath(path.dirname(file).replace(/^app/, "")), methods: methods.map((m) => m.toLowerCase()) };
    });
  // A Pages API route answers whatever methods it chooses; pages/api/timeline.ts serves GET (and HEAD) only.
  const pages = files("pages/api").map((file) => ({ path: urlPath(file.replace(/^pages/, "").replace(/\.ts$/, "")), methods: ["get"] }));
  return [...app, ...pages];
}

describe("the OpenAPI document", () => {
  it("is valid OpenAPI 3.1", async () => {
    const result = await new Validator().validate(structuredClone(doc));
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it("documents every method of every route file (a catch-all by at least one path beneath it)", () => {
    const routes = routesOnDisk();
    expect(routes.length).toBeGreaterThan(15);
    for (const route of routes) {
      for (const method of route.methods) {
        const documented = route.path.endsWith("*")
          ? Object.entries(doc.paths).some(([p, item]) => p.startsWith(route.path.slice(0, -1)) && method in item)
          : method in (doc.paths[route.path] ?? {});
        expect(documented, `${method.toUpperCase()} ${route.path}`).toBe(true);
      }
    }
  });

  it("documents no path that has no route", () => {
    const routes = routesOnDisk();
    for (const documented of Object.keys(doc.paths)) {
      expect(routes.some((r) => r.path === documented || (r.path.endsWith("*") && documented.startsWith(r.path.slice(0, -1)))), documented).toBe(true);
    }
  });

  it("has examples that its own JSON Schemas accept, and request examples the zod schemas accept", () => {
    const validate = documentValidator(doc);
    const check = (schema: object, example: unknown, where: string) => expect(validate(schema, example), where).toBeNull();
    let checked = 0;
    for (const operation of OPERATIONS) {
      const item = doc.paths[operation.path][operation.method];
      for (const [status, response] of Object.entries(item.responses)) {
        const json = response.content?.["application/json"];
        if (json?.example !== undefined) {
          check(json.schema, json.example, `${operation.method} ${operation.path} ${status}`);
          checked++;
        }
      }
      const answer = operation.answers.find((a) => a.status < 300);
      if (answer?.schema && answer.example !== undefined) expect(answer.schema.safeParse(answer.example).error).toBeUndefined();
      if (operation.body) {
        expect(operation.body.schema.safeParse(operation.body.example).error, `${operation.method} ${operation.path} body`).toBeUndefined();
        check(item.requestBody!.content["application/json"].schema, operation.body.example, `${operation.method} ${operation.path} body`);
      }
    }
    expect(checked).toBeGreaterThan(OPERATIONS.length);
  });

  it("gives every operation an example request and an example answer", () => {
    for (const operation of OPERATIONS) {
      expect(operation.example.startsWith(operation.path.replace(/\{.*$/, "")), operation.example).toBe(true);
      expect(operation.answers.some((a) => a.status < 300 && a.example !== undefined), `${operation.method} ${operation.path}`).toBe(true);
      if (operation.method !== "get" && operation.method !== "delete" && !operation.path.endsWith("/sign-out")) expect(operation.body, `${operation.method} ${operation.path}`).toBeDefined();
    }
  });

  it("describes the same shapes as the data layer's types", () => {
    expectTypeOf<z.infer<typeof eventAnswer>>().toEqualTypeOf<TimelineEvent>();
    expectTypeOf<z.infer<typeof targetAnswer>>().toEqualTypeOf<TargetSnapshot>();
  });
});
