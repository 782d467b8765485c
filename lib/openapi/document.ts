import { z } from "zod";
import { AUTH_OPERATIONS } from "./auth-operations";
import { READ_OPERATIONS } from "./read-operations";
import { TAGS, type Access, type Answer, type Operation } from "./types";
import { WRITE_OPERATIONS } from "./write-operations";

export const OPERATIONS: Operation[] = [...READ_OPERATIONS, ...WRITE_OPERATIONS, ...AUTH_OPERATIONS];

type Json = Record<string, unknown>;

export const SESSION_COOKIE = "better-auth.session_token";

export const CSRF_RULE =
  "With the session cookie, a write must come from this site's own pages: Sec-Fetch-Site, when sent, must be same-origin, and Origin must be the site's origin (required when Sec-Fetch-Site is absent); otherwise 403. Requests with an API token are exempt (browsers never send one by themselves).";

const SECURITY_SCHEMES = {
  sessionCookie: {
    type: "apiKey",
    in: "cookie",
    name: SESSION_COOKIE,
    description: `The session cookie set by signing in (named __Secure-${SESSION_COOKIE} on https). ${CSRF_RULE}`,
  },
  apiToken: {
    type: "http",
    scheme: "bearer",
    description: "A personal API token (pt_…) made on the account page (/account/tokens) and sent as Authorization: Bearer pt_…; it acts with its account's role.",
  },
};

export const accessSentence = (access: Access, sessionOnly = false): string =>
  access === "public" ? "Anyone may call it." : `Needs a signed-in account with the ${access} role or higher${sessionOnly ? ", through its browser session (not an API token)" : ", by session cookie or API token"}.`;

/** Whether the handler applies the Origin check (every write of the app's own routes; better-auth checks its own). */
export const checksOrigin = (operation: Operation) => operation.method !== "get" && !operation.path.startsWith("/api/auth/");

/**
 * zod's JSON Schema of one body, its named parts ($defs, from `.meta({ id })`) moved into the
 * document's components so that every answer that holds an Event points at the same one.
 */
function schemaOf(schema: z.ZodType, io: "input" | "output", components: Record<string, Json>): Json {
  // The document's dialect is already 2020-12 (jsonSchemaDialect's default in 3.1): no $schema per body.
  const { $defs = {}, ...body } = z.toJSONSchema(schema, { io, unrepresentable: "any" }) as Json & { $defs?: Record<string, Json> };
  delete body.$schema;
  const pointAtComponents = (value: Json) => JSON.parse(JSON.stringify(value).replaceAll('"#/$defs/', '"#/components/schemas/')) as Json;
  for (const [id, definition] of Object.entries($defs)) {
    const moved = pointAtComponents(definition);
    if (components[id] && JSON.stringify(components[id]) !== JSON.stringify(moved)) throw new Error(`Two different schemas are both named ${id}`);
    components[id] = moved;
  }
  return pointAtComponents(body);
}

function responseOf(answer: Answer, components: Record<string, Json>): Json {
  const headers = answer.headers && Object.fromEntries(Object.entries(answer.headers).map(([name, description]) => [name, { description, schema: { type: "string" } }]));
  const mediaType = answer.mediaType ?? (answer.schema ? "application/json" : undefined);
  const content = mediaType && {
    [mediaType]: {
      schema: answer.schema ? schemaOf(answer.schema, "output", components) : { type: "string" },
      ...(answer.example !== undefined && { example: answer.example }),
    },
  };
  return { description: answer.description, ...(headers && { headers }), ...(content && { content }) };
}

export const operationId = (operation: Operation) =>
  operation.method + operation.path.split(/[/.{}-]+/).filter(Boolean).map((part) => part[0].toUpperCase() + part.slice(1)).join("");

function operationOf(operation: Operation, components: Record<string, Json>): Json {
  const description = [operation.description, accessSentence(operation.access, operation.sessionOnly), checksOrigin(operation) ? CSRF_RULE : undefined].filter(Boolean).join("\n\n");
  const security = operation.access === "public" ? [] : operation.sessionOnly ? [{ sessionCookie: [] }] : [{ sessionCookie: [] }, { apiToken: [] }];
  const body = operation.body && {
    required: true,
    content: {
      "application/json": { schema: schemaOf(operation.body.schema, "input", components), example: operation.body.example },
      ...(operation.body.alsoCsv && { "text/csv": { schema: { type: "string" } } }),
    },
  };
  return {
    operationId: operationId(operation),
    tags: [operation.tag],
    summary: operation.summary,
    description,
    ...(operation.access !== "public" && { "x-required-role": operation.access }),
    security,
    parameters: operation.parameters.map(({ example, ...parameter }) => {
      const list = parameter.schema.type === "array";
      return { ...parameter, ...(list && { style: "form", explode: true }), ...(example && { example: list ? [example] : example }) };
    }),
    ...(body && { requestBody: body }),
    responses: Object.fromEntries(operation.answers.map((answer) => [String(answer.status), responseOf(answer, components)])),
  };
}

function buildDocument(): Json {
  const components: Record<string, Json> = {};
  const paths: Record<string, Json> = {};
  for (const operation of OPERATIONS) {
    const item = (paths[operation.path] ??= {});
    if (item[operation.method]) throw new Error(`${operation.method.toUpperCase()} ${operation.path} is documented twice`);
    item[operation.method] = operationOf(operation, components);
  }
  return {
    openapi: "3.1.1",
    info: {
      title: "Policy Timeline API",
      version: "1",
      summary: "Dated policy events, each backed by verbatim citations of stored sources.",
      description:
        "Reads are open to anyone. Writes need an account with the editor role (admin for accounts and the audit log). Every refusal is JSON: { error, issues? }. A readable reference is at /api.",
    },
    servers: [{ url: "/" }],
    tags: TAGS.map((name) => ({ name })),
    paths,
    components: { schemas: components, securitySchemes: SECURITY_SCHEMES },
  };
}

let built: Json | undefined;

/** The OpenAPI 3.1 document of every route under /api, made once from the operations and their zod schemas. */
export function openApiDocument(): Json {
  return (built ??= buildDocument());
}
