import type { ServerResponse } from "node:http";

/**
 * A 200 whose body is bytes already made (a cached feed), carried beside the Response rather than in
 * it: undici copies a body into a Response and arrayBuffer() copies it out again, 6 s of CPU in the
 * load test's 30 s soak at 100,000 events (two copies of a 3.3 MB gzip per request).
 */
export class StoredBytesResponse extends Response {
  constructor(
    readonly stored: Buffer,
    headers: Record<string, string>,
  ) {
    super(null, { status: 200, headers });
  }
}

/**
 * Sends a web Response through Node's response, with its Content-Length. A Pages API route answers
 * this way where an app/ route handler cannot: Next (16.4) drops a handler Response's Content-Encoding
 * and Content-Length, so its built-in compression gzipped an already gzipped body again. Headers set on
 * the Node response are kept, and that compression leaves a body that has a Content-Encoding alone.
 */
export async function writeResponse(res: ServerResponse, response: Response): Promise<void> {
  res.statusCode = response.status;
  response.headers.forEach((value, name) => res.setHeader(name, value));
  const body = response instanceof StoredBytesResponse ? response.stored : response.body ? Buffer.from(await response.arrayBuffer()) : null;
  if (!body) {
    res.end();
    return;
  }
  res.setHeader("Content-Length", body.byteLength);
  res.end(body);
}
