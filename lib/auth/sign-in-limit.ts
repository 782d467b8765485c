import { RateLimiterMemory } from "rate-limiter-flexible";

/** Failed sign-ins allowed for one address within a minute; the next attempt is refused with 429. */
export const FAILED_SIGN_INS_PER_MINUTE = 10;

const limiter = new RateLimiterMemory({ points: FAILED_SIGN_INS_PER_MINUTE, duration: 60 });

const key = (email: string) => email.trim().toLowerCase();

/** Seconds until this address may try again, or 0 when it may try now. */
export async function signInBlockedFor(email: string): Promise<number> {
  const state = await limiter.get(key(email));
  return state && state.consumedPoints >= FAILED_SIGN_INS_PER_MINUTE ? Math.ceil(state.msBeforeNext / 1000) : 0;
}

export async function noteFailedSignIn(email: string): Promise<void> {
  // Rejects once the points are spent; the count is what matters, so that rejection is expected.
  await limiter.consume(key(email)).catch(() => undefined);
}
