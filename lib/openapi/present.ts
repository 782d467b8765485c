import { SESSION_COOKIE } from "./document";
import type { Operation } from "./types";

/** A JSON Schema of a parameter in a few words: "list of JP-style codes", "integer 1–1000 (default 500)". */
export function describeSchema(schema: Record<string, unknown>): string {
  if (schema.type === "array") return `list of ${describeSchema(schema.items as Record<string, unknown>)}`;
  if (Array.isArray(schema.enum)) return schema.enum.join(" | ");
  const parts = [String(schema.type)];
  if (schema.minimum !== undefined || schema.maximum !== undefined) parts.push(`${schema.minimum ?? ""}–${schema.maximum ?? ""}`);
  if (schema.maxLength !== undefined) parts.push(`≤ ${schema.maxLength} characters`);
  if (schema.pattern !== undefined) parts.push(`matching ${schema.pattern}`);
  if (schema.default !== undefined) parts.push(`(default ${schema.default})`);
  return parts.join(" ");
}

/** The example request as a curl command line; a body is sent from body.json, shown beside it. */
export function curlCommand(operation: Operation, origin: string): string {
  const lines = [`curl${operation.method === "get" ? "" : ` -X ${operation.method.toUpperCase()}`} '${origin}${operation.example}'`];
  if (operation.access !== "public") {
    if (operation.sessionOnly) lines.push(`-b '${SESSION_COOKIE}=…'`, `-H 'Origin: ${origin}'`);
    else lines.push(`-H "Authorization: Bearer $POLICY_TIMELINE_TOKEN"`);
  }
  if (operation.body) lines.push(`-H 'Content-Type: application/json'`, `--data @body.json`);
  return lines.join(" \\\n  ");
}

/** An example body as the reference shows it: JSON indented, any other text as it is. */
export const exampleText = (example: unknown): string => (typeof example === "string" ? example : JSON.stringify(example, null, 2));
