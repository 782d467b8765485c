/** What the write API answered, in words an editor can act on. */
export interface WriteResult {
  ok: boolean;
  status: number;
  body: Record<string, unknown> | null;
  message: string;
  issues: { path: string; message: string }[];
}

/** Sends a write from a page of this site (the session cookie and Origin go with it) and reads the answer. */
export async function submitWrite(url: string, method: "POST" | "PUT" | "PATCH" | "DELETE", body?: unknown, contentType = "application/json"): Promise<WriteResult> {
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers: body === undefined ? {} : { "Content-Type": contentType },
      body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
    });
  } catch {
    return { ok: false, status: 0, body: null, message: "Could not reach the server; nothing was saved. Check the connection and try again.", issues: [] };
  }
  const json = (await response.json().catch(() => null)) as Record<string, unknown> | null;
  const issues = Array.isArray(json?.issues) ? (json.issues as WriteResult["issues"]) : [];
  const message = response.ok
    ? ""
    : typeof json?.error === "string"
      ? json.error
      : `The server answered ${response.status}; nothing was saved.`;
  return { ok: response.ok, status: response.status, body: json, message, issues };
}
