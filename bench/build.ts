// The production build the bench serves (its own folder, rebuilt on every run) and the `/` route's JS weight.
import { spawn } from "node:child_process";
import { createWriteStream, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { DIST_DIR, RESULTS_DIR, ROOT } from "./config";

/**
 * `NEXT_DIST_DIR=.next-bench next build`, output to bench/results/build.log. Next adds the build
 * folder's type globs to tsconfig.json's "include"; that shared file is put back as it was.
 */
export async function buildApp(): Promise<number> {
  const started = performance.now();
  const tsconfig = path.join(ROOT, "tsconfig.json");
  const before = readFileSync(tsconfig, "utf8");
  // bench/results is not in the repository: a fresh clone has none yet.
  mkdirSync(RESULTS_DIR, { recursive: true });
  const logFile = path.join(RESULTS_DIR, "build.log");
  const log = createWriteStream(logFile);
  try {
    const code = await new Promise<number | null>((resolve, reject) => {
      const child = spawn(process.execPath, [path.join(ROOT, "node_modules", "next", "dist", "bin", "next"), "build"], {
        cwd: ROOT,
        env: { ...process.env, NEXT_DIST_DIR: DIST_DIR, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" },
        stdio: ["ignore", "pipe", "pipe"],
      });
      child.stdout.pipe(log, { end: false });
      child.stderr.pipe(log, { end: false });
      child.on("error", reject);
      child.on("exit", (status) => resolve(status));
    });
    if (code !== 0) {
      const tail = readFileSync(logFile, "utf8").split("\n").slice(-40).join("\n");
      throw new Error(`next build failed (exit ${code}); see ${path.relative(ROOT, logFile)}:\n${tail}`);
    }
  } finally {
    log.end();
    const after = readFileSync(tsconfig, "utf8");
    if (after !== before && onlyAddedBenchTypes(before, after)) writeFileSync(tsconfig, before);
  }
  if (!existsSync(path.join(ROOT, DIST_DIR, "BUILD_ID"))) throw new Error(`next build left no ${DIST_DIR}/BUILD_ID`);
  return performance.now() - started;
}

/** True when the only change is lines mentioning the bench's build folder (so nobody else's edit is undone). */
function onlyAddedBenchTypes(before: string, after: string): boolean {
  const strip = (text: string) =>
    text
      .split("\n")
      .filter((line) => !line.includes(DIST_DIR))
      .map((line) => line.trim().replace(/,$/, ""))
      .join("\n");
  return strip(before) === strip(after);
}

export interface RouteScripts {
  files: { src: string; bytes: number; gzipBytes: number }[];
  bytes: number;
  gzipBytes: number;
}

/**
 * The script chunks an HTML page makes a browser load, read from the build's static folder and gzipped
 * one by one (zlib default level). `noModule` scripts (Next's 40 kB of polyfills for browsers without
 * ES modules) are left out: every browser that runs modules, all the ones this app supports, skips them.
 */
export function routeScriptSize(html: string): RouteScripts {
  const sources = new Set<string>();
  for (const match of html.matchAll(/<script\b([^>]*)\bsrc="([^"]+)"([^>]*)>/g)) {
    if (/\bnomodule\b/i.test(match[1] + match[3])) continue;
    sources.add(match[2].replace(/&amp;/g, "&"));
  }
  const files = [...sources].map((src) => {
    const pathname = src.split(/[?#]/)[0];
    const prefix = "/_next/static/";
    if (!pathname.startsWith(prefix)) throw new Error(`unexpected script ${src} on /`);
    const file = path.join(ROOT, DIST_DIR, "static", decodeURIComponent(pathname.slice(prefix.length)));
    const body = readFileSync(file);
    return { src: pathname, bytes: body.length, gzipBytes: gzipSync(body).length };
  });
  return {
    files,
    bytes: files.reduce((sum, f) => sum + f.bytes, 0),
    gzipBytes: files.reduce((sum, f) => sum + f.gzipBytes, 0),
  };
}
