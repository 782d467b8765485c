import type { TimelineEvent } from "@/lib/domain";
import { formatDayLabel } from "@/lib/dates/calendar-date";
import { dayAxis, paddedDomain } from "@/lib/timeline/axis";
import { placeMarks, type PlacedMark } from "@/lib/timeline/placement";

const WIDTH = 1000;
const ROW_HEIGHT = 18;
const TOP = 24;
const AXIS_HEIGHT = 28;

/** A static first time axis with every event placed on it; each mark links to its permalink. */
export function TimeAxis({ events, today }: { events: TimelineEvent[]; today: string }) {
  const domain = paddedDomain([...events.map((e) => e.date), { start: today, end: today }]);
  if (!domain) return null;
  const axis = dayAxis(domain, WIDTH);
  const { marks, rows } = placeMarks(
    events.map((e) => ({ slug: e.slug, start: e.date.start, end: e.date.end, precision: e.date.precision })),
    axis,
  );
  const bySlug = new Map(events.map((e) => [e.slug, e]));
  const height = TOP + rows * ROW_HEIGHT + AXIS_HEIGHT;
  const baseline = TOP + rows * ROW_HEIGHT + 4;
  const todayX = axis.x(today);

  return (
    <figure className="axis-figure">
      <div className="axis-scroll" tabIndex={0} role="group" aria-label="Time axis; scrolls sideways on narrow screens">
        <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby="axis-title" data-testid="time-axis">
          <title id="axis-title">{`Time axis from ${formatDayLabel(domain.start)} to ${formatDayLabel(domain.end)} with ${events.length} events`}</title>
          <line className="today-line" x1={todayX} x2={todayX} y1={8} y2={baseline} />
          <text className="today-label" x={Math.min(todayX + 4, WIDTH - 90)} y={16}>
            today {formatDayLabel(today)}
          </text>
          {marks.map((mark) => (
            <Mark key={mark.slug} mark={mark} event={bySlug.get(mark.slug)!} />
          ))}
          <line className="axis-baseline" x1={0} x2={WIDTH} y1={baseline} y2={baseline} />
          {axis.ticks.map((tick) => (
            <g key={tick.x} className="axis-tick" transform={`translate(${tick.x},${baseline})`}>
              <line y2={6} />
              <text y={20} textAnchor="middle">
                {tick.label}
              </text>
            </g>
          ))}
        </svg>
      </div>
      <figcaption>
        Points are exact days, bands are months, quarters, years or fiscal years, faded bands are approximate dates, flags are
        &ldquo;by&rdquo; deadlines. Colour shows status.
      </figcaption>
    </figure>
  );
}

function Mark({ mark, event }: { mark: PlacedMark; event: TimelineEvent }) {
  const y = TOP + mark.row * ROW_HEIGHT;
  const cy = y + ROW_HEIGHT / 2;
  const statusClass = `mark mark-${event.status}`;
  const label = `${event.title} (${event.date.label})`;
  return (
    <a href={event.url} aria-label={label} data-testid="axis-mark" data-slug={event.slug}>
      <title>{label}</title>
      {mark.shape === "point" && <circle className={statusClass} cx={mark.x + mark.width / 2} cy={cy} r={5} />}
      {mark.shape === "band" && <rect className={`${statusClass} mark-band`} x={mark.x} y={y + 3} width={mark.width} height={ROW_HEIGHT - 6} rx={3} />}
      {mark.shape === "approximate" && (
        <rect className={`${statusClass} mark-approximate`} x={mark.x} y={y + 3} width={mark.width} height={ROW_HEIGHT - 6} rx={3} />
      )}
      {mark.shape === "deadline" && (
        <path
          className={statusClass}
          d={`M${mark.x + mark.width / 2},${y + 2} v${ROW_HEIGHT - 4} M${mark.x + mark.width / 2},${y + 2} l7,4 l-7,4 z`}
          strokeWidth={2}
          stroke="currentColor"
        />
      )}
    </a>
  );
}

