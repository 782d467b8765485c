import type { ServerResponse } from "node:http";

/**
 * Sends a web Response through Node's response, with its Content-Length. A Pages API route answers
 * this way where an app/ route handler cannot: Next (16.4) drops a handler Response's Content-Encoding
 * and Content-Length, so its built-in compression gzipped an already gzipped body again. Headers set on
 * the Node response are kept, and that compression leaves a body that has a Content-Encoding alone.
 */
export async function writeResponse(res: ServerResponse, response: Response): Promise<void> {
  res.statusCode = response.status;
  response.headers.forEach((value, name) => res.setHeader(name, value));
  if (!response.body) {
    res.end();
    return;
  }
  const body = Buffer.from(await response.arrayBuffer());
  res.setHeader("Content-Length", body.byteLength);
  res.end(body);
}
