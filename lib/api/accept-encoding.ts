/**
 * Whether a request's Accept-Encoding header (RFC 9110 §12.5.3) lets the answer be gzip-coded: gzip
 * (or its alias x-gzip) listed with a weight above zero, or else `*` with a weight above zero. Names
 * are case-insensitive; `q=0` refuses. Without the header, the plain body is sent, as Next's own
 * compression does.
 */
export function acceptsGzip(header: string | null): boolean {
  let gzip: number | undefined;
  let any: number | undefined;
  for (const entry of (header ?? "").split(",")) {
    const [name, ...params] = entry.split(";").map((part) => part.trim().toLowerCase());
    const q = weight(params);
    if (name === "gzip" || name === "x-gzip") gzip = Math.max(gzip ?? 0, q);
    else if (name === "*") any = Math.max(any ?? 0, q);
  }
  return (gzip ?? any ?? 0) > 0;
}

/** An entry's q parameter (1 when absent); a malformed one counts as 0. */
function weight(params: string[]): number {
  const q = params.find((param) => /^q\s*=/.test(param));
  if (q === undefined) return 1;
  const value = q.slice(q.indexOf("=") + 1).trim();
  return /^(?:0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$/.test(value) ? Number(value) : 0;
}
