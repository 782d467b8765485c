import type { WriteResult } from "./submit-write";

/** A refused write: the server's message and each problem with where it is. */
export function WriteErrors({ result }: { result: WriteResult | null }) {
  if (!result || result.ok) return null;
  return (
    <div className="form-error" role="alert" data-testid="write-error">
      {result.message}
      {result.issues.length > 0 && (
        <ul>
          {result.issues.slice(0, 50).map((issue, i) => (
            <li key={i}>
              <code>{issue.path}</code>: {issue.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
