import { layoutTargetChart, NARROW_CHART, WIDE_CHART, type TargetChartLayout } from "@/lib/targets/chart";
import { describeRevision, describeTarget } from "@/lib/targets/describe";
import type { TargetSnapshot } from "@/lib/targets/types";
import { formatDayLabel } from "@/lib/dates/calendar-date";

/**
 * The target's chart, drawn on the server from lib/targets/chart.ts. It comes in a wide and a narrow
 * layout (CSS shows the one that fits), so its text keeps a readable size on a phone.
 */
export function TargetChart({ snapshot }: { snapshot: TargetSnapshot }) {
  const wide = layoutTargetChart(snapshot, WIDE_CHART);
  const narrow = layoutTargetChart(snapshot, NARROW_CHART);
  if (!wide || !narrow) {
    return <p className="muted">No revision of this target was known{snapshot.asOf ? ` on ${formatDayLabel(snapshot.asOf)}` : ""}.</p>;
  }
  const title = `${snapshot.title}: deadlines and values${snapshot.asOf ? ` as known on ${formatDayLabel(snapshot.asOf)}` : ""}`;
  const description = describeTarget(snapshot);
  return (
    <figure className="tc-figure" data-testid="target-chart">
      <ChartSvg layout={wide} variant="wide" title={title} description={description} />
      <ChartSvg layout={narrow} variant="narrow" title={title} description={description} />
      <figcaption>
        <ChartLegend snapshot={snapshot} />
        <ul className="tc-text" aria-label="The chart in words" data-testid="chart-text">
          {snapshot.revisions.map((r) => (
            <li key={r.position}>{describeRevision(r, snapshot)}</li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}

/** A key for what this chart draws, and only that: an as-of view with nothing superseded yet names no superseded deadline. */
function ChartLegend({ snapshot }: { snapshot: TargetSnapshot }) {
  const commitments = snapshot.revisions.filter((r) => r.kind === "commitment");
  const keys = [
    snapshot.inForce !== null && { key: "in-force", swatch: <rect x="1" y="2" width="20" height="6" className="tc-band tc-in-force" />, label: "deadline in force" },
    commitments.some((r) => r.status === "superseded") && {
      key: "superseded",
      swatch: <rect x="1" y="2" width="20" height="6" className="tc-band tc-status-superseded" />,
      label: "superseded deadline",
    },
    commitments.length > 1 && { key: "revision", swatch: <path d="M 2 9 C 2 1, 20 1, 20 9" className="tc-arrow-path" />, label: "revision" },
    snapshot.revisions.some((r) => r.kind === "proposal") && { key: "proposal", swatch: <line x1="1" y1="5" x2="21" y2="5" className="tc-proposal" />, label: "proposal by another party" },
  ].filter((k) => k !== false);
  return (
    <ul className="tc-legend" aria-hidden="true">
      {keys.map((k) => (
        <li key={k.key}>
          <svg width="22" height="10">
            {k.swatch}
          </svg>
          {k.label}
        </li>
      ))}
    </ul>
  );
}

function ChartSvg({ layout, variant, title, description }: { layout: TargetChartLayout; variant: "wide" | "narrow"; title: string; description: string }) {
  const { plot } = layout;
  const id = `target-chart-${variant}`;
  return (
    <svg
      className={`tc-svg tc-${variant}`}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      data-variant={variant}
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      <g className="tc-grid">
        {layout.yTicks.map((t) => (
          <g key={t.label}>
            <line x1={plot.left} x2={plot.right} y1={t.at} y2={t.at} />
            <text x={plot.left - 6} y={t.at} dy="0.32em" textAnchor="end">
              {t.label}
            </text>
          </g>
        ))}
        {layout.xTicks.map((t) => (
          <g key={t.label}>
            <line x1={t.at} x2={t.at} y1={plot.top} y2={plot.bottom + 4} />
            <text x={t.at} y={plot.bottom + 17} textAnchor="middle">
              {t.label}
            </text>
          </g>
        ))}
      </g>
      <text className="tc-unit" transform={`translate(${layout.unitLabel.x} ${layout.unitLabel.y}) rotate(-90)`} textAnchor="middle">
        {layout.unitLabel.text}
      </text>
      <line className="tc-baseline" x1={plot.left} x2={plot.right} y1={plot.bottom} y2={plot.bottom} />
      {layout.announcements.map((a) => (
        <g key={a.x} className="tc-announcement" data-testid="announcement-tick">
          <line x1={a.x} x2={a.x} y1={plot.top} y2={plot.bottom} />
          <path d={`M ${a.x} ${plot.bottom - 1} l -5 8 h 10 z`} />
          <text x={a.x} y={plot.bottom + 36} textAnchor={a.anchor}>
            {a.label}
          </text>
        </g>
      ))}
      {layout.asOf && (
        <g className="tc-as-of" data-testid="as-of-line">
          <line x1={layout.asOf.x} x2={layout.asOf.x} y1={plot.top - 6} y2={plot.bottom} />
          <text x={layout.asOf.x} y={plot.top - 12} textAnchor={layout.asOf.anchor}>
            {layout.asOf.label}
          </text>
        </g>
      )}
      {layout.lines.map((l) => (
        <g key={l.position} className={`tc-line-${l.kind}`} data-testid={l.kind === "proposal" ? "proposal-line" : "reference-line"} data-position={l.position}>
          <line x1={l.x1} x2={l.x2} y1={l.y} y2={l.y} className={l.kind === "proposal" ? "tc-proposal" : "tc-reference"} />
          <text x={l.labelX} y={l.labelY} textAnchor="end">
            {l.label}
          </text>
        </g>
      ))}
      {layout.marks.map((m) => (
        <g key={m.position} data-testid="revision-mark" data-position={m.position} data-in-force={m.inForce ? "true" : undefined}>
          <rect x={m.x} y={m.y} width={m.width} height={m.height} rx={2} className={`tc-band tc-status-${m.status}${m.inForce ? " tc-in-force" : ""}`} />
          <text x={m.labelX} y={m.labelY} textAnchor="middle" className="tc-mark-label">
            {m.label}
          </text>
        </g>
      ))}
      {layout.arrows.map((a) => (
        <g key={`${a.from}-${a.to}`} className="tc-arrow" data-testid="revision-arrow" data-from={a.from} data-to={a.to}>
          <path d={a.path} className="tc-arrow-path" />
          <polygon points={a.head} />
          <text x={a.labelX} y={a.labelY} textAnchor="middle">
            {a.label}
          </text>
        </g>
      ))}
    </svg>
  );
}
