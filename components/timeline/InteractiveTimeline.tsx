"use client";

import { useCallback, useDeferredValue, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from "react";
import { formatDayLabel, fromDayNumber } from "@/lib/dates/calendar-date";
import type { TimelineEvent } from "@/lib/domain";
import { applyKeyAction, clampWindow, extentOf, keyAction, limitsFor, revealItem, zoomWindow, type Window } from "@/lib/timeline/controller";
import { histogram } from "@/lib/timeline/histogram";
import type { TimelineItem } from "@/lib/timeline/items";
import type { TargetChain } from "@/lib/timeline/target-chains";
import { exportFilename } from "@/lib/export/filename";
import { parseFilters } from "@/lib/url/filters";
import { readPalette } from "./palette";
import { DetailsPanel } from "./DetailsPanel";
import { MarksLayer } from "./MarksLayer";
import { TargetStrip } from "./TargetStrip";
import { Minimap } from "./Minimap";
import { TimelineCanvas } from "./TimelineCanvas";
import { TimelineToolbar } from "./TimelineToolbar";
import { TimelineTooltip } from "./TimelineTooltip";
import { TimeScaleAxis } from "./TimeScaleAxis";
import { useElementWidth } from "./useElementSize";
import { useTimelineItems } from "./useTimelineItems";
import { useTimelineUrl } from "./useTimelineUrl";
import { useTimelineView } from "./useTimelineView";
import { useTimelineZoom } from "./useTimelineZoom";

export interface InteractiveTimelineProps {
  /** Where the events come from: /api/timeline with the view's filters. */
  itemsUrl: string;
  total: number;
  /** Targets with their commitment revisions, drawn as linked deadlines over the lanes. */
  chains: TargetChain[];
  names: Record<string, string>;
  today: number;
  initialWindow?: Window;
  initialSelected?: string;
  initialLanes: "country" | "topic";
  selectedEvent?: TimelineEvent;
  embed: boolean;
  /** The filters' canonical query, for downloads of this view. */
  filterQuery: string;
  /** The server-drawn opening view, shown until the events have arrived. */
  firstFrame?: ReactNode;
}

function dayText(day: number): string {
  return formatDayLabel(fromDayNumber(Math.floor(day)));
}

const NO_ITEMS: TimelineItem[] = [];

export function InteractiveTimeline({ itemsUrl, total, chains, names, today, initialWindow, initialSelected, initialLanes, selectedEvent, embed, filterQuery, firstFrame }: InteractiveTimelineProps) {
  const loaded = useTimelineItems(itemsUrl);
  const items = loaded.status === "ready" ? loaded.items : NO_ITEMS;
  const extent = useMemo(() => extentOf(items, today), [items, today]);
  const limits = useMemo(() => limitsFor(extent), [extent]);
  const fitAll = useMemo(() => clampWindow(extent, limits), [extent, limits]);

  const [visible, setVisible] = useState<Window>(() => clampWindow(initialWindow ?? extent, limits));
  const [selected, setSelected] = useState<string | undefined>(initialSelected);
  const [lanesMode, setLanesMode] = useState<"country" | "topic">(initialLanes);
  const [hovered, setHovered] = useState<string | undefined>();

  const container = useRef<HTMLDivElement>(null);
  const viewport = useRef<HTMLDivElement>(null);
  const width = useElementWidth(container, 960);

  const onWindow = useCallback((w: Window) => setVisible(clampWindow(w, limits)), [limits]);
  useTimelineZoom(viewport, extent, limits, width, visible, onWindow);
  useTimelineUrl(
    { visible, selected, lanes: lanesMode },
    fitAll,
    useCallback(
      (view) => {
        setVisible(clampWindow(view.visible, limits));
        setSelected(view.selected);
        if (view.lanes) setLanesMode(view.lanes);
      },
      [limits],
    ),
    loaded.status === "ready",
  );

  const view = useTimelineView(items, { chains, names, today, width, lanes: lanesMode, window: visible });
  // The focusable twins of the marks follow at a lower priority, so zooming redraws the canvas first.
  const deferredView = useDeferredValue(view);
  const counts = useMemo(() => histogram(items, extent, Math.max(1, Math.floor(width / 4))), [items, extent, width]);

  const select = useCallback(
    (slug: string | undefined) => {
      setSelected(slug);
      const item = slug ? items.find((i) => i.slug === slug) : undefined;
      if (item) setVisible((w) => revealItem(w, item, limits));
    },
    [items, limits],
  );
  const zoomTo = useCallback((from: number, to: number) => {
    const pad = Math.max((to - from) * 0.15, 1);
    setVisible(clampWindow({ from: from - pad, to: to + pad }, limits));
  }, [limits]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const action = keyAction(event.key);
    if (!action) return;
    event.preventDefault();
    const next = applyKeyAction(action, { window: visible, selected }, items, extent, limits);
    setVisible(next.window);
    if (next.selected !== selected) {
      setSelected(next.selected);
      if (next.selected) requestAnimationFrame(() => viewport.current?.querySelector<HTMLElement>(`[data-slug="${CSS.escape(next.selected!)}"]`)?.focus());
    }
  };

  // The download is the view as drawn: the same view, painted in the canvas's colours. Its SVG writer
  // loads on the first download, not with the page.
  const buildSvg = async () => {
    const { timelineSvg } = await import("@/lib/export/timeline-svg");
    return timelineSvg({
      view,
      palette: readPalette(viewport.current!),
      title: `Policy Timeline · ${dayText(view.window.from)} – ${dayText(view.window.to - 1)}`,
      footer: `${globalThis.location.href} · exported ${dayText(today)} · each event's sources are on its permalink`,
    });
  };
  const filters = useMemo(() => parseFilters(new URLSearchParams(filterQuery)).filters, [filterQuery]);
  const asOf = filters.asOf;
  const filename = (extension: "svg" | "png") => exportFilename(filters, fromDayNumber(today), extension);
  const status =
    loaded.status === "ready"
      ? `${dayText(visible.from)} – ${dayText(visible.to - 1)} · ${view.shown.length} of ${items.length} in view`
      : loaded.status === "loading"
        ? `Loading ${total} events…`
        : "";

  return (
    <section className="timeline" aria-label="Interactive timeline" data-testid="timeline">
      <TimelineToolbar
        onZoom={(factor) => setVisible(zoomWindow(visible, factor, limits))}
        onFitAll={() => setVisible(fitAll)}
        lanes={lanesMode}
        singleLane={view.mode === "single"}
        onLanes={setLanesMode}
        filterQuery={filterQuery}
        buildSvg={buildSvg}
        filename={filename}
        status={status}
      />
      {loaded.status === "error" && (
        <p className="notice" role="alert">
          {loaded.message} <a href="">Reload the page</a> to try again, or use the list view.
        </p>
      )}
      <div className="timeline-body">
        <div className="timeline-main" ref={container}>
          {loaded.status !== "ready" && firstFrame}
          <div className="timeline-live" hidden={loaded.status !== "ready" && firstFrame !== undefined}>
            <TimeScaleAxis view={view} today={today} />
            <TargetStrip targets={view.targets} width={width} selected={selected} onSelect={select} />
            <div
              ref={viewport}
              className="timeline-viewport"
              role="region"
              aria-label="Timeline"
              aria-describedby="timeline-help"
              tabIndex={0}
              onKeyDown={onKeyDown}
              style={{ height: view.height, touchAction: "none" }}
              data-testid="timeline-viewport"
              data-window={`${fromDayNumber(Math.floor(visible.from))}..${fromDayNumber(Math.ceil(visible.to) - 1)}`}
            >
              <TimelineCanvas view={view} selected={selected} hovered={hovered} />
              <MarksLayer view={deferredView} selected={selected} onSelect={select} onHover={setHovered} onZoomTo={zoomTo} />
              <TimelineTooltip view={view} hovered={hovered} />
            </div>
            <Minimap counts={counts} extent={extent} window={visible} width={width} limits={limits} onWindow={onWindow} />
          </div>
          <p id="timeline-help" className="small muted">
            Scroll or pinch to zoom, drag to move. With the timeline focused: + and − zoom, ← and → move, Home and End go to the first and
            last events, 0 fits all, n and p step through events, Enter selects, Esc closes.
          </p>
        </div>
        <DetailsPanel slug={selected} initial={selectedEvent} embed={embed} asOf={asOf} onClose={() => setSelected(undefined)} />
      </div>
    </section>
  );
}
