import type { ParameterIssue } from "@/lib/url/filters";

export function ParameterNotice({ issues }: { issues: ParameterIssue[] }) {
  if (issues.length === 0) return null;
  return (
    <div className="notice" role="status" data-testid="parameter-notice">
      <strong>Some of this link&apos;s settings were not understood and were ignored:</strong>
      <ul>
        {issues.map((issue, i) => (
          <li key={`${issue.parameter}-${i}`}>
            <code>
              {issue.parameter}={issue.value}
            </code>
            : {issue.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
