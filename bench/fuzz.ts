// Fuzz run (`npm run fuzz`): `next start` (the bench build) on a fresh seeded SQLite file, on loopback,
// gets 10,000 random and mutated requests: every route of the build's manifest, with slugs real, mangled
// or random; filter parameters valid, mutated or random; every method; hostile headers (bad cookies,
// foreign origins, forged X-Forwarded-*, garbage ETags and encodings); bodies valid, mutated, not JSON
// or too large, with and without an editor's token. Prints the status counts per route and fails on
// any 5xx, on a request unanswered within 15 s, or on a server that no longer answers afterwards.
// Generation is fast-check's, seeded (FUZZ_SEED, printed), so a failing run can be replayed.
// Options: FUZZ_REQUESTS (default 10,000), FUZZ_SEED, FUZZ_CONCURRENCY (default 8).
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import fc from "fast-check";
import { corpus } from "@/prisma/seed-data/corpus";
import { buildApp } from "./build";
import { DIST_DIR, RESULTS_DIR, ROOT } from "./config";
import { editorToken } from "./editor-token";
import { databaseEnv, freshDatabase } from "./fresh-database";
import { startNext } from "./servers";

const REQUESTS = Number(process.env.FUZZ_REQUESTS ?? 10_000);
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
const CONCURRENCY = Number(process.env.FUZZ_CONCURRENCY ?? 8);
const TIMEOUT_MS = 15_000;
const SECRET = "fuzz-only-secret-fuzz-only-secret-fuzz-only";

interface FuzzRequest {
  route: string;
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: Buffer;
}

/** Every page and API route of the build, as `next start` serves them (bracketed segments to fill). */
function routes(): string[] {
  const manifest = JSON.parse(readFileSync(path.join(ROOT, DIST_DIR, "routes-manifest.json"), "utf8")) as { staticRoutes: { page: string }[]; dynamicRoutes: { page: string }[] };
  return [...manifest.staticRoutes, ...manifest.dynamicRoutes].map((r) => r.page).filter((page) => page !== "/_not-found");
}

const event = corpus.events[0];
const SLUGS = [...corpus.events.map((e) => e.slug), ...corpus.sources.map((s) => s.slug), ...corpus.targets.map((t) => t.slug), "1", "x"];

/** Strings that have broken parsers elsewhere: encodings, separators, control characters, sizes. */
const nasty = fc.constantFrom(
  "",
  " ",
  "%",
  "%E0%A4%A",
  "%00",
  "%2F..%2F..%2Fetc%2Fpasswd",
  "../../etc/passwd",
  "..",
  "\u0000",
  "\uD800",
  "𝕏",
  "<script>alert(1)</script>",
  "' OR 1=1 --",
  "\" ; DROP TABLE events; --",
  "a".repeat(5_000),
  "9".repeat(400),
  "-1",
  "1e309",
  "NaN",
  "null",
  "[]",
  "{}",
  "0000-00-00",
  "2025-02-30",
  "9999-12-31",
  "0099-01-01",
  "-002025-01-01",
  "2025-10-29..2025-10-01",
  "JP,,US",
  "jp",
  "ZZ",
);
/** encodeURIComponent, except that a lone surrogate (which it refuses) goes as the invalid UTF-8 of one. */
const encode = (value: string) => {
  try {
    return encodeURIComponent(value);
  } catch {
    return "%ED%A0%80";
  }
};
const text = fc.oneof(nasty, fc.string({ maxLength: 40 }), fc.string({ unit: "binary", maxLength: 20 }));

const VALID: Record<string, string[]> = {
  country: ["JP", "US", "JP,US"],
  topic: ["defense-spending", "alliance"],
  actor: ["pete-hegseth", "government-of-japan"],
  kind: ["meeting", "deadline", "statement"],
  status: ["occurred", "due", "superseded"],
  q: ["minister", "Hergses", "Koiz", "spend", "2%"],
  from: ["2025", "2025-10", "2025-10-29"],
  to: ["2026", "2026-03"],
  asOf: ["2025-10-01", "2025-10-29"],
  event: [event.slug],
  window: ["2025-01-01..2026-12-31"],
  lanes: ["country", "topic"],
  view: ["timeline", "list"],
  embed: ["1"],
  limit: ["1", "50", "1000"],
  cursor: ["eyJ0IjoxfQ"],
  format: ["csv", "json"],
};
const PARAMETERS = [...Object.keys(VALID), "page", "utm_source", "__proto__", "constructor"];

const parameterValue = (name: string) => fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...(Object.hasOwn(VALID, name) ? VALID[name] : ["1"])) }, { weight: 2, arbitrary: text });
// Mostly encoded as a browser would; one value in four sent raw, broken percent-escapes and all.
const query = fc
  .array(
    fc.constantFrom(...PARAMETERS).chain((name) => fc.tuple(fc.constant(name), parameterValue(name), fc.nat(3))),
    { maxLength: 6 },
  )
  .map((pairs) => (pairs.length ? `?${pairs.map(([k, v, raw]) => `${k}=${raw === 0 ? v : encode(v)}`).join("&")}` : ""));

/** A path for the route: its bracketed segments filled with a real slug, a mangled one or noise, sometimes with more appended. */
const pathFor = (route: string) =>
  fc
    .tuple(
      fc.array(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...SLUGS) }, { weight: 2, arbitrary: text.map(encode) }, { weight: 1, arbitrary: nasty }), { minLength: 4, maxLength: 4 }),
      fc.constantFrom("", "", "", "/", "//", "/extra", "/../api/events", ".json", "%2F"),
    )
    .map(([fills, tail]) => {
      let i = 0;
      return route.replace(/\[(?:\.\.\.)?[a-z]+\]/g, () => fills[i++ % fills.length]) + tail;
    });

const header = fc.oneof(
  fc.constant({ "Content-Type": "application/json" }),
  fc.constantFrom("text/plain", "multipart/form-data; boundary=x", "application/x-www-form-urlencoded", "application/json; charset=latin1", "").map((v) => ({ "Content-Type": v })),
  fc.constantFrom("https://evil.example", "null", "http://127.0.0.1:1").map((v) => ({ Origin: v })),
  fc.constantFrom("better-auth.session_token=garbage", "better-auth.session_token=a.b.c; other=%", "=;=;", "a".repeat(8_000)).map((v) => ({ Cookie: v })),
  fc.constantFrom('"1"', "*", 'W/"x"', "").map((v) => ({ "If-None-Match": v })),
  fc.constantFrom("gzip", "br", "deflate;q=0", "*", "identity;q=0").map((v) => ({ "Accept-Encoding": v })),
  fc.constantFrom("text/csv", "application/json", "*/*", "image/png").map((v) => ({ Accept: v })),
  fc.constantFrom("evil.example", "127.0.0.1:1", "").map((v) => ({ "X-Forwarded-Host": v, "X-Forwarded-Proto": "https" })),
  fc.constantFrom("203.0.113.7", "garbage, 1.2.3.4", "").map((v) => ({ "X-Forwarded-For": v })),
  fc.constantFrom("bytes=0-10", "bytes=-1", "bytes=x").map((v) => ({ Range: v })),
  fc.constantFrom("Bearer garbage", "Bearer ", "Basic YTpi").map((v) => ({ Authorization: v })),
);

/** Bodies: JSON of any shape, the seed's first event or an import bundle with one field broken, not JSON, too large. */
const validBodies = [
  event,
  { ...event, slug: "fuzz-copy" },
  { sources: [{ ...corpus.sources[0], slug: "fuzz-source" }], events: [{ ...event, slug: "fuzz-import", citations: event.citations.map((c) => ({ ...c, source: "fuzz-source" })) }] },
  { url: "http://127.0.0.1:1/article" },
  { text: event.citations.map((c) => c.quote).join(" "), title: "Fuzz", publisher: "fuzz", publishedAt: "2025-10-28" },
];
const mutated = fc.tuple(fc.constantFrom(...validBodies), fc.jsonValue({ maxDepth: 2 }), fc.nat()).map(([base, value, pick]) => {
  const copy = structuredClone(base) as Record<string, unknown>;
  const keys = Object.keys(copy);
  copy[keys[pick % keys.length]] = value;
  return copy;
});
const body = fc.oneof(
  fc.constantFrom(...validBodies).map((b) => JSON.stringify(b)),
  mutated.map((b) => JSON.stringify(b)),
  fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
  text,
  fc.constant('{"slug":'),
  fc.constant(JSON.stringify({ padding: "x".repeat(3_000_000) })),
);

const METHODS = ["GET", "GET", "GET", "GET", "HEAD", "POST", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE", "FOO"];

function requests(token: string): FuzzRequest[] {
  const request = fc.constantFrom(...routes()).chain((route) =>
    fc
      .record({
        route: fc.constant(route),
        method: fc.constantFrom(...METHODS),
        path: fc.tuple(pathFor(route), query).map(([p, q]) => p + q),
        headers: fc.array(header, { maxLength: 3 }).map((list) => Object.assign({}, ...list) as Record<string, string>),
        body: fc.option(body, { nil: undefined }),
        signedIn: fc.boolean(),
      })
      .map(({ signedIn, body: raw, ...r }) => {
        const writes = !["GET", "HEAD"].includes(r.method);
        const headers = signedIn && writes ? { ...r.headers, Authorization: `Bearer ${token}` } : r.headers;
        return { ...r, headers, body: writes && raw !== undefined ? Buffer.from(raw) : undefined };
      }),
  );
  return fc.sample(request, { numRuns: REQUESTS, seed: SEED });
}

interface Outcome {
  status: number | "timeout" | "error";
  detail?: string;
}

function send(origin: string, agent: http.Agent, r: FuzzRequest): Promise<Outcome> {
  return new Promise((resolve) => {
    let request: http.ClientRequest;
    try {
      request = http.request(`${origin}${r.path}`, { method: r.method, headers: { ...r.headers, ...(r.body ? { "Content-Length": String(r.body.byteLength) } : {}) }, agent, timeout: TIMEOUT_MS }, (response) => {
        response.resume();
        response.on("end", () => resolve({ status: response.statusCode ?? 0 }));
        response.on("error", (error) => resolve({ status: "error", detail: error.message }));
      });
    } catch (error) {
      // The client itself refuses what no server could be sent (a header with a control character): not the server's fault.
      resolve({ status: 0, detail: `not sendable: ${(error as Error).message}` });
      return;
    }
    request.on("timeout", () => request.destroy(new Error("timed out")));
    request.on("error", (error) => resolve(error.message === "timed out" ? { status: "timeout" } : { status: "error", detail: error.message }));
    request.end(r.body);
  });
}

/**
 * A 5xx, a timeout or a broken connection; except that Node's HTTP parser answers a method it does not
 * know (FOO) by closing the connection, which is a refusal at the protocol level, not the app failing.
 */
function failedBy(r: FuzzRequest, outcome: Outcome): boolean {
  if (outcome.status === "error") return http.METHODS.includes(r.method);
  return outcome.status === "timeout" || (typeof outcome.status === "number" && outcome.status >= 500);
}

async function main() {
  console.log(`Fuzz: ${REQUESTS.toLocaleString("en")} requests, seed ${SEED} (FUZZ_SEED=${SEED} replays it), ${CONCURRENCY} at a time, loopback`);
  await buildApp();
  const dir = mkdtempSync(path.join(os.tmpdir(), "policy-timeline-fuzz-"));
  const file = freshDatabase(dir, "fuzz");
  execFileSync(path.join(ROOT, "node_modules/.bin/tsx"), ["prisma/seed.ts", "--if-empty"], { cwd: ROOT, env: databaseEnv(file), stdio: "pipe" });
  const url = `file:${file}`;
  const token = await editorToken(url, SECRET);
  const all = requests(token);
  mkdirSync(RESULTS_DIR, { recursive: true });
  const app = await startNext(url, path.join(RESULTS_DIR, "fuzz-server.log"), 120_000, { BETTER_AUTH_SECRET: SECRET, SEARCH_RATE_LIMIT: "0" });
  const counts = new Map<string, Map<string, number>>();
  const failures: (FuzzRequest & Outcome)[] = [];
  const started = performance.now();
  try {
    const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });
    let next = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < all.length) {
          const r = all[next++];
          const outcome = await send(app.origin, agent, r);
          const byStatus = counts.get(r.route) ?? new Map<string, number>();
          counts.set(r.route, byStatus.set(String(outcome.status), (byStatus.get(String(outcome.status)) ?? 0) + 1));
          if (failedBy(r, outcome)) failures.push({ ...r, ...outcome });
        }
      }),
    );
    agent.destroy();
    const alive = await send(app.origin, new http.Agent(), { route: "/icon.svg", method: "GET", path: "/icon.svg", headers: {} });
    if (alive.status !== 200) failures.push({ route: "/icon.svg", method: "GET", path: "/icon.svg (after the run)", headers: {}, ...alive });
  } finally {
    await app.stop();
  }
  const seconds = (performance.now() - started) / 1000;
  const totals = new Map<string, number>();
  console.log(`\n| route | requests | statuses |\n|---|---:|---|`);
  for (const [route, byStatus] of [...counts].sort(([a], [b]) => a.localeCompare(b))) {
    const n = [...byStatus.values()].reduce((a, b) => a + b, 0);
    for (const [status, k] of byStatus) totals.set(status, (totals.get(status) ?? 0) + k);
    console.log(`| ${route} | ${n} | ${[...byStatus].sort().map(([s, k]) => `${s}: ${k}`).join(", ")} |`);
  }
  console.log(`\nAll ${all.length.toLocaleString("en")} requests in ${seconds.toFixed(0)} s: ${[...totals].sort().map(([s, k]) => `${s}: ${k.toLocaleString("en")}`).join(", ")}`);
  writeFileSync(path.join(RESULTS_DIR, "fuzz.json"), JSON.stringify({ seed: SEED, requests: all.length, seconds, totals: Object.fromEntries(totals), failures: failures.map((f) => ({ ...f, body: f.body?.subarray(0, 500).toString() })) }, null, 2));
  if (failures.length) {
    console.log(`\n${failures.length} failures (5xx, timeouts, broken connections); the first ones (all in bench/results/fuzz.json):`);
    for (const f of failures.slice(0, 10)) console.log(`  ${f.status} ${f.method} ${f.path.slice(0, 200)} ${JSON.stringify(f.headers).slice(0, 200)} ${f.body?.subarray(0, 120).toString() ?? ""} ${f.detail ?? ""}`);
    process.exitCode = 1;
  } else console.log("No 5xx, no timeouts; the server still answers.");
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
