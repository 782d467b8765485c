import { accessSentence, checksOrigin, CSRF_RULE, operationId } from "@/lib/openapi/document";
import { curlCommand, describeSchema, exampleText } from "@/lib/openapi/present";
import type { Operation } from "@/lib/openapi/types";

/** Text with `names` in backticks, as the document's descriptions write them (Markdown's inline code). */
function Prose({ text }: { text: string }) {
  return text.split("`").map((part, i) => (i % 2 ? <code key={i}>{part}</code> : part));
}

/** One endpoint of the reference: what it does, who may call it, its parameters, and an example request and answer. */
export function ApiOperation({ operation, origin }: { operation: Operation; origin: string }) {
  const success = operation.answers.find((a) => a.status < 300 && a.example !== undefined);
  return (
    <section className="api-op" id={operationId(operation)} data-testid="api-operation" data-method={operation.method} data-path={operation.path}>
      <h3 className="api-op-title">
        <span className={`api-method api-method-${operation.method}`}>{operation.method.toUpperCase()}</span> <code>{operation.path}</code>
      </h3>
      <p className="api-summary">{operation.summary}.</p>
      {operation.description?.split("\n\n").map((paragraph) => (
        <p key={paragraph}>
          <Prose text={paragraph} />
        </p>
      ))}
      <p className="small">
        <strong>{operation.access === "public" ? "Public." : `Role: ${operation.access}.`}</strong> {accessSentence(operation.access, operation.sessionOnly)}
        {checksOrigin(operation) && <> {CSRF_RULE}</>}
      </p>

      {operation.parameters.length > 0 && (
        <>
          <h4>Parameters</h4>
          <div className="api-scroll">
          <table className="data-table api-params">
            <thead>
              <tr>
                <th scope="col">Parameter</th>
                <th scope="col">Value</th>
                <th scope="col">Meaning</th>
              </tr>
            </thead>
            <tbody>
              {operation.parameters.map((parameter) => (
                <tr key={`${parameter.in}-${parameter.name}`}>
                  <td className="api-param-name">
                    <code>{parameter.name}</code> <span className="muted small">{parameter.in === "path" ? "in the path" : "query"}</span>
                  </td>
                  <td className="api-value">{describeSchema(parameter.schema)}</td>
                  <td>
                    <Prose text={parameter.description} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          </div>
        </>
      )}

      <h4>Example request</h4>
      <pre className="api-code" data-testid="api-example-request">
        <code>{curlCommand(operation, origin)}</code>
      </pre>
      {operation.body && (
        <>
          <p className="small muted">
            body.json ({operation.body.alsoCsv ? "JSON, or CSV sent as text/csv" : "JSON"}; the schema is in <a href={`/api/openapi.json`}>the document</a>):
          </p>
          <pre className="api-code">
            <code>{exampleText(operation.body.example)}</code>
          </pre>
        </>
      )}
      {success && (
        <>
          <h4>Example answer</h4>
          <pre className="api-code" data-testid="api-example-answer">
            <code>{`HTTP ${success.status} · ${success.mediaType ?? "application/json"}\n\n${exampleText(success.example)}`}</code>
          </pre>
        </>
      )}
      <h4>Answers</h4>
      <dl className="api-answers">
        {operation.answers.map((answer) => (
          <div key={answer.status}>
            <dt>{answer.status}</dt>
            <dd>{answer.description}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
