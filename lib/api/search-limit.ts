import { RateLimiterMemory } from "rate-limiter-flexible";
import type { EventFilters } from "@/lib/url/filters";
import { HttpError } from "./http-error";
import { trustsProxy } from "./origin";

/**
 * Searches allowed per client and minute (SEARCH_RATE_LIMIT, default 120; 0 turns the limit off, as the
 * load test does for its one client). A search is the costliest read there is, and every new `q` is a
 * cache miss, so one client varying it could keep the server busy for everyone.
 */
function searchesPerMinute(): number {
  const value = Number(process.env.SEARCH_RATE_LIMIT ?? 120);
  if (!Number.isInteger(value) || value < 0) throw new Error(`SEARCH_RATE_LIMIT must be a whole number of searches a minute, not "${process.env.SEARCH_RATE_LIMIT}"`);
  return value;
}

const shared = globalThis as unknown as { policyTimelineSearchLimiter?: { perMinute: number; limiter: RateLimiterMemory } };

function limiter(perMinute: number): RateLimiterMemory {
  // On globalThis, like the read cache: the page, the App Router API and the Pages API route are separate bundles.
  if (shared.policyTimelineSearchLimiter?.perMinute !== perMinute) shared.policyTimelineSearchLimiter = { perMinute, limiter: new RateLimiterMemory({ points: perMinute, duration: 60 }) };
  return shared.policyTimelineSearchLimiter.limiter;
}

/**
 * Who is asking. `next start` puts the socket's address in X-Forwarded-For unless the request brought
 * one; behind a proxy (TRUST_PROXY=1) the first address of that list is the client's. Exposed
 * directly, a client that sends its own header picks its key: a proxy is what makes the limit firm.
 */
export function clientKey(forwardedFor: string | null | undefined, env: Record<string, string | undefined> = process.env): string {
  const forwarded = forwardedFor ?? "";
  return (trustsProxy(env) ? forwarded.split(",")[0] : forwarded).trim() || "unknown";
}

/**
 * Counts a search against its client (`forwardedFor`: the request's X-Forwarded-For); throws a 429
 * HttpError (with Retry-After) once the minute's searches are spent.
 */
export async function allowSearch(filters: EventFilters, forwardedFor: string | null | undefined): Promise<void> {
  const perMinute = searchesPerMinute();
  if (!filters.q || perMinute === 0) return;
  try {
    await limiter(perMinute).consume(clientKey(forwardedFor));
  } catch (refusal) {
    // Not `instanceof RateLimiterRes`: the limiter on globalThis may come from another bundle's copy of
    // the package (the API route's, when the page asks), whose class is not this bundle's.
    if (!isRefusal(refusal)) throw refusal;
    const seconds = Math.max(1, Math.ceil(refusal.msBeforeNext / 1000));
    throw new HttpError(429, `Too many searches: ${perMinute} a minute are allowed. Try again in ${seconds} s.`, { "Retry-After": String(seconds) });
  }
}

function isRefusal(value: unknown): value is { msBeforeNext: number } {
  return typeof value === "object" && value !== null && typeof (value as { msBeforeNext?: unknown }).msBeforeNext === "number";
}
