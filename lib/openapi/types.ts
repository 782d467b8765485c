import type { z } from "zod";

export const TAGS = ["Events", "Sources", "Targets", "Feeds", "Editing", "Accounts", "Reference"] as const;

export type Method = "get" | "post" | "put" | "patch" | "delete";

/** Who may call an operation: anyone, or a signed-in account with at least this role. */
export type Access = "public" | "reader" | "editor" | "admin";

export interface Parameter {
  name: string;
  in: "query" | "path";
  required?: boolean;
  description: string;
  /** JSON Schema of the value (an array for a repeatable parameter). */
  schema: Record<string, unknown>;
  example?: string;
}

export interface Answer {
  status: number;
  description: string;
  /** The JSON body's schema; absent for a body of another type or none. */
  schema?: z.ZodType;
  /** When the body is not JSON (an iCalendar feed, a CSV download). */
  mediaType?: string;
  example?: unknown;
  headers?: Record<string, string>;
}

export interface Operation {
  method: Method;
  path: string;
  tag: (typeof TAGS)[number];
  summary: string;
  description?: string;
  access: Access;
  /** Only a signed-in browser session, not an API token, may call it. */
  sessionOnly?: boolean;
  parameters: Parameter[];
  body?: { schema: z.ZodType; example: unknown; description?: string; alsoCsv?: boolean };
  answers: Answer[];
  /** The request the reference shows (and the tests send, for reads): the path with its query. */
  example: string;
}
