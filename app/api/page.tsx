import type { Metadata } from "next";
import { headers } from "next/headers";
import { ApiOperation } from "@/components/api/ApiOperation";
import { publicOrigin } from "@/lib/api/origin";
import { CSRF_RULE, OPERATIONS, operationId, SESSION_COOKIE } from "@/lib/openapi/document";
import { TAGS } from "@/lib/openapi/types";

// The curl lines name the address the reader reached the site at.
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "API",
  description: "The JSON API of Policy Timeline: every endpoint with its parameters, an example request and an example answer; the OpenAPI 3.1 document is at /api/openapi.json.",
};

export default async function ApiReferencePage() {
  const origin = publicOrigin(await headers(), "http://localhost");
  const groups = TAGS.map((tag) => ({ tag, operations: OPERATIONS.filter((o) => o.tag === tag) })).filter((g) => g.operations.length > 0);
  return (
    <article className="api-reference" data-testid="api-page">
      <h1>API</h1>
      <p className="intro">
        Everything the site shows is also JSON. Reads are open to anyone; the filters are the same as on the timeline&apos;s URL. The machine-readable
        description is the OpenAPI 3.1 document <a href="/api/openapi.json">/api/openapi.json</a>, generated from the schemas that validate each request.
      </p>
      <div className="panel api-basics">
        <h2>Basics</h2>
        <ul>
          <li>
            <strong>Errors</strong> are JSON: <code>{`{ "error": "…", "issues": [ … ] }`}</code>. A 400 lists each bad query parameter
            (<code>parameter</code>, <code>value</code>, <code>message</code>); a 422 lists each bad body field (<code>path</code>, <code>message</code>).
          </li>
          <li>
            <strong>Writes</strong> need an account with the editor role (admin for accounts and the audit log). Scripts send a personal token made on{" "}
            <a href="/account/tokens">the account page</a>: <code>Authorization: Bearer pt_…</code>. A browser uses its session cookie (
            <code>{SESSION_COOKIE}</code>). {CSRF_RULE}
          </li>
          <li>
            <strong>Dates</strong> are calendar dates (<code>YYYY-MM-DD</code>), never instants, with a precision (day, month, quarter, year,
            fiscal-year, approximate, by) and the label the sources use.
          </li>
        </ul>
      </div>
      <nav aria-label="Endpoints" className="api-toc">
        {groups.map(({ tag, operations }) => (
          <div key={tag}>
            <p className="api-toc-heading">{tag}</p>
            <ul>
              {operations.map((operation) => (
                <li key={operationId(operation)}>
                  <a href={`#${operationId(operation)}`}>
                    <span className={`api-method api-method-${operation.method}`}>{operation.method.toUpperCase()}</span> <code>{operation.path}</code>
                  </a>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </nav>
      {groups.map(({ tag, operations }) => (
        <section key={tag} aria-labelledby={`tag-${tag}`}>
          <h2 id={`tag-${tag}`} className="api-tag">
            {tag}
          </h2>
          {operations.map((operation) => (
            <ApiOperation key={operationId(operation)} operation={operation} origin={origin} />
          ))}
        </section>
      ))}
    </article>
  );
}
