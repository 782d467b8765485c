/**
 * The security headers of every response, set by proxy.ts. Pages get a nonce-based
 * Content-Security-Policy: Next.js reads the nonce from the request's copy of the header and puts it
 * on its own scripts, and 'strict-dynamic' lets those load the chunks they import, so no host list is
 * needed and an injected <script> without the nonce never runs.
 */
export interface ResponseContext {
  /** A fresh nonce for what may be a document; null for API answers and build chunks. */
  nonce: string | null;
  /** An `?embed=1` view, which any site may frame. */
  embed: boolean;
  /** Served over https (HSTS is only meaningful, and only honoured, there). */
  https: boolean;
  /** `next dev`: React's dev build evaluates strings, which production never does. */
  development?: boolean;
}

/** A random, unguessable nonce per request (128 bits, base64). */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

export function contentSecurityPolicy({ nonce, embed, development = false }: ResponseContext): string {
  // An embed may be framed by any site: no frame-ancestors at all (`*` would still refuse a parent
  // whose scheme is not http(s), a file: or an about:blank page).
  const frameAncestors = embed ? [] : [`frame-ancestors 'self'`];
  if (nonce === null) {
    // An API answer or a file is never a document that runs code or loads anything.
    return [`default-src 'none'`, ...frameAncestors, `base-uri 'none'`, `form-action 'none'`].join("; ");
  }
  return [
    `default-src 'self'`,
    `script-src 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    // React sets style attributes (positions, widths) and the server-drawn SVG carries them too.
    `style-src 'self' 'unsafe-inline'`,
    // blob: is the PNG export's image, drawn from the SVG before it is downloaded.
    `img-src 'self' data: blob:`,
    `font-src 'self'`,
    `connect-src 'self'`,
    `object-src 'none'`,
    `base-uri 'none'`,
    `form-action 'self'`,
    ...frameAncestors,
  ].join("; ");
}

export function securityHeaders(context: ResponseContext): [string, string][] {
  const headers: [string, string][] = [
    ["Content-Security-Policy", contentSecurityPolicy(context)],
    ["X-Content-Type-Options", "nosniff"],
    ["Referrer-Policy", "strict-origin-when-cross-origin"],
    ["Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()"],
    ["Cross-Origin-Opener-Policy", "same-origin"],
  ];
  // For browsers older than frame-ancestors; an embed sends none, so that any site may frame it.
  if (!context.embed) headers.push(["X-Frame-Options", "SAMEORIGIN"]);
  if (context.https) headers.push(["Strict-Transport-Security", "max-age=63072000; includeSubDomains"]);
  return headers;
}
