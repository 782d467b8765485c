/**
 * What a POST to a page (anything outside /api/) may be: a Server Action (the sign-out form), sent by
 * Next's client with a `Next-Action` header, or without JavaScript as a multipart form carrying an
 * `$ACTION_ID_…` field. Anything else Next would try to read as an action and, for a broken form body,
 * answer 500 (found by `npm run fuzz`); it is refused here with a 4xx instead.
 */
export const ACTION_BODY_LIMIT = 1024 * 1024; // Next's own limit for Server Action bodies (serverActions.bodySizeLimit)

export type PagePostCheck = { refuse: { status: number; error: string } } | { readForm: { needsAction: boolean } } | { pass: true };

export function checkPagePost(method: string, pathname: string, headers: Headers): PagePostCheck {
  if (method !== "POST" || headers.has("next-action")) return { pass: true };
  const type = headers.get("content-type")?.split(";")[0].trim().toLowerCase();
  // An API route reads its own bodies (an article uploaded to /api/ingest is a form); but a path under
  // /api/ that is no route is answered by the not-found page, which would read a form as an action.
  if (pathname.startsWith("/api/")) return type === "multipart/form-data" ? { readForm: { needsAction: false } } : { pass: true };
  if (type !== "multipart/form-data") return { refuse: { status: 405, error: "Pages answer GET and HEAD; a POST here must be one of the page's own forms." } };
  const length = Number(headers.get("content-length") ?? NaN);
  if (!Number.isFinite(length) || length > ACTION_BODY_LIMIT) return { refuse: { status: 413, error: "A form sent to a page is limited to 1 MB." } };
  return { readForm: { needsAction: true } };
}

/** Whether a form body read from a page POST names a Server Action (the fields Next's form submissions carry). */
export function namesAction(keys: Iterable<string>): boolean {
  for (const key of keys) if (key.startsWith("$ACTION_ID_") || key.startsWith("$ACTION_REF_")) return true;
  return false;
}
