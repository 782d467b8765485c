// The two servers of each size: `next start` on the synthetic database, and a static server for the
// vis-timeline and canvas-floor pages. Both listen on 127.0.0.1 only; the caller stops them.
import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { createServer as createNetServer } from "node:net";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { DIST_DIR, ROOT, TODAY } from "./config";

const HOST = "127.0.0.1";

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createNetServer();
    probe.on("error", reject);
    probe.listen(0, HOST, () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => (port ? resolve(port) : reject(new Error("no free port"))));
    });
  });
}

export interface Running {
  origin: string;
  stop(): Promise<void>;
}

/**
 * The production server (scripts/serve.mjs, what `npm start` runs) of the bench build against `database` (a SQLite file, or any DATABASE_URL), in its own
 * process group so stopping it ends all of it.
 */
export async function startNext(database: string, logFile: string, readyTimeoutMs = 90_000, extraEnv: Record<string, string> = {}): Promise<Running> {
  const port = await freePort();
  const origin = `http://${HOST}:${port}`;
  const log = createWriteStream(logFile);
  const child = spawn(process.execPath, [path.join(ROOT, "scripts", "serve.mjs"), "-H", HOST, "-p", String(port)], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_DIST_DIR: DIST_DIR,
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: /^(file|postgres(ql)?):/.test(database) ? database : `file:${database}`,
      POLICY_TIMELINE_TODAY: TODAY,
      ...extraEnv,
    },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  const stop = () => stopGroup(child).finally(() => log.end());
  try {
    await waitForHttp(`${origin}/`, child, readyTimeoutMs);
  } catch (error) {
    await stop();
    throw error;
  }
  return { origin, stop };
}

async function waitForHttp(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (let attempt = 0; attempt < 1000 && Date.now() < deadline; attempt++) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`next start exited early (${child.exitCode ?? child.signalCode})`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(Math.max(1000, deadline - Date.now())) });
      await response.arrayBuffer();
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

function stopGroup(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return Promise.resolve();
  const pid = child.pid;
  return new Promise((resolve) => {
    const kill = setTimeout(() => signalGroup(pid, "SIGKILL"), 5000);
    child.once("exit", () => {
      clearTimeout(kill);
      resolve();
    });
    signalGroup(pid, "SIGTERM");
  });
}

function signalGroup(pid: number, signal: NodeJS.Signals) {
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
}

const TYPES: Record<string, string> = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".json": "application/json", ".css": "text/css" };

/**
 * A static server for fixed files, each gzipped once at start and sent with Content-Encoding: gzip
 * (as a CDN would), so the browser pays for decompression as it does for the Next server's responses.
 */
export async function startStatic(files: Record<string, string>): Promise<Running> {
  const bodies = new Map<string, { type: string; gzip: Buffer }>();
  for (const [route, file] of Object.entries(files)) {
    bodies.set(route, { type: TYPES[path.extname(file)] ?? "application/octet-stream", gzip: gzipSync(readFileSync(file)) });
  }
  const server: Server = createServer((request, response) => {
    const route = new URL(request.url ?? "/", "http://static").pathname;
    const body = bodies.get(route);
    if (request.method !== "GET" || !body) {
      response.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    response.writeHead(200, { "content-type": body.type, "content-encoding": "gzip", "cache-control": "no-store", "content-length": body.gzip.length });
    response.end(body.gzip);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, HOST, () => resolve());
  });
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    origin: `http://${HOST}:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
