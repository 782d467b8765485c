// The production server (`npm start`): Next.js's own request handler behind Node's HTTP server, so
// that TRACE and TRACK, which the fetch standard forbids, get a 405 instead of reaching Next.js 16's
// proxy adapter. That adapter builds a web Request for every request, and undici refuses these methods
// there with a 500 before any of the app's code runs (the fuzz run found it; the same as
// dust-tt/dust#12337). Everything else is `next start`'s: the same handler, `-p`/PORT and `-H`.
import { createServer } from "node:http";
import { parseArgs } from "node:util";

process.env.NODE_ENV ??= "production";
const { default: next } = await import("next");

const { values } = parseArgs({ options: { port: { type: "string", short: "p" }, hostname: { type: "string", short: "H" } } });
const port = Number(values.port ?? process.env.PORT ?? 3000);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`✗ The port must be a number from 0 to 65535, not "${values.port ?? process.env.PORT}".`);
  process.exit(1);
}
// Without -H, every interface, as `next start` listens.
const hostname = values.hostname;

const FORBIDDEN_METHODS = new Set(["TRACE", "TRACK"]);
const ALLOWED = "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS";

const app = next({ dev: false, dir: process.cwd(), hostname: hostname ?? "localhost", port });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((request, response) => {
  if (FORBIDDEN_METHODS.has(request.method ?? "")) {
    const body = JSON.stringify({ error: `The method ${request.method} is not allowed here` });
    response.writeHead(405, { Allow: ALLOWED, "Content-Type": "application/json; charset=utf-8", "Content-Length": Buffer.byteLength(body), "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" });
    response.end(body);
    return;
  }
  handle(request, response);
});
server.listen(port, hostname, () => {
  console.log(`▲ Policy Timeline on http://${hostname ?? "localhost"}:${port}`);
});
for (const signal of ["SIGTERM", "SIGINT"]) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    // A request still streaming (a download) gets five seconds to finish.
    setTimeout(() => process.exit(0), 5000).unref();
  });
}
