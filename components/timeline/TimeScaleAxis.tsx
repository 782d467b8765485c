import { fromDayNumber, formatDayLabel } from "@/lib/dates/calendar-date";
import type { TimelineView } from "@/lib/timeline/view";

const HEIGHT = 40;

/** Two rows of ticks (e.g. months over years) and today's marker, for the visible window. */
export function TimeScaleAxis({ view: { ticks, width, todayX }, today }: { view: TimelineView; today: number }) {
  return (
    <svg className="timeline-axis" width={width} height={HEIGHT} aria-hidden="true">
      {ticks.coarse.map((t) => (
        <g key={`c${t.day}`} transform={`translate(${t.x},0)`}>
          <line y1={0} y2={HEIGHT} className="axis-coarse-line" />
          <text x={4} y={13} className="axis-coarse">
            {t.label}
          </text>
        </g>
      ))}
      {ticks.fine.map((t) => (
        <g key={`f${t.day}`} transform={`translate(${t.x},0)`}>
          <line y1={HEIGHT - 8} y2={HEIGHT} className="axis-fine-line" />
          <text x={3} y={HEIGHT - 12} className="axis-fine">
            {t.label}
          </text>
        </g>
      ))}
      {todayX !== null && (
        <g transform={`translate(${todayX},0)`} data-testid="today-marker">
          <title>{`Today, ${formatDayLabel(fromDayNumber(today))}`}</title>
          <path d="M-5,0 h10 l-5,7 z" className="axis-today" />
        </g>
      )}
    </svg>
  );
}
