"use client";

import { useCallback, useDeferredValue, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from "react";
import { formatDayLabel, fromDayNumber } from "@/lib/dates/calendar-date";
import type { TimelineEvent } from "@/lib/domain";
import { applyKeyAction, clampWindow, extentOf, keyAction, limitsFor, revealItem, zoomWindow, type Window } from "@/lib/timeline/controller";
import { laneBoxes } from "@/lib/timeline/geometry";
import { histogram } from "@/lib/timeline/histogram";
import type { TimelineItem } from "@/lib/timeline/items";
import { laneModeFor, layoutFrame } from "@/lib/timeline/frame";
import { lanesFor } from "@/lib/timeline/layout";
import { chainsForItems, layoutChains, type TargetChain } from "@/lib/timeline/target-chains";
import { multiLevelTicks } from "@/lib/timeline/ticks";
import { buildIndex, visibleItems } from "@/lib/timeline/visible";
import { CopyLinkButton } from "@/components/layout/CopyLinkButton";
import { exportFilename } from "@/lib/export/filename";
import { timelineSvg } from "@/lib/export/timeline-svg";
import { parseFilters } from "@/lib/url/filters";
import { ExportImageButtons } from "./ExportImageButtons";
import { readPalette } from "./palette";
import { DetailsPanel } from "./DetailsPanel";
import { MarksLayer } from "./MarksLayer";
import { TargetStrip } from "./TargetStrip";
import { Minimap } from "./Minimap";
import { TimelineCanvas } from "./TimelineCanvas";
import { TimeScaleAxis } from "./TimeScaleAxis";
import { useElementWidth } from "./useElementSize";
import { useTimelineItems } from "./useTimelineItems";
import { useTimelineUrl } from "./useTimelineUrl";
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
  const index = useMemo(() => buildIndex(items), [items]);
  const nameMap = useMemo(() => new Map(Object.entries(names)), [names]);
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
  const mode = laneModeFor(width, lanesMode);

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
  );

  const lanes = useMemo(() => lanesFor(items, mode, nameMap), [items, mode, nameMap]);
  const shown = useMemo(() => visibleItems(index, visible.from, visible.to), [index, visible]);
  const layout = useMemo(() => layoutFrame(shown, lanes, mode, visible, width), [shown, lanes, mode, visible, width]);
  const { boxes, height } = useMemo(() => laneBoxes(layout.lanes), [layout.lanes]);
  // The focusable twins of the marks follow at a lower priority, so zooming redraws the canvas first.
  const deferredLayout = useDeferredValue(layout);
  const ticks = useMemo(() => multiLevelTicks(visible.from, visible.to, width), [visible, width]);
  const gridXs = useMemo(() => ticks.fine.map((t) => ((t.day - visible.from) / (visible.to - visible.from)) * width), [ticks, visible, width]);
  const counts = useMemo(() => histogram(items, extent, Math.max(1, Math.floor(width / 4))), [items, extent, width]);
  const shownChains = useMemo(() => chainsForItems(chains, items), [chains, items]);
  const chainRows = useMemo(() => layoutChains(shownChains, visible, width), [shownChains, visible, width]);
  const x = (day: number) => ((day - visible.from) / (visible.to - visible.from)) * width;
  const todayX = x(today) >= 0 && x(today) <= width ? x(today) : null;

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

  const buildSvg = () =>
    timelineSvg({
      layout,
      palette: readPalette(viewport.current!),
      width,
      window: visible,
      ticks,
      today,
      title: `Policy Timeline · ${dayText(visible.from)} – ${dayText(visible.to - 1)}`,
      footer: `${globalThis.location.href} · exported ${dayText(today)} · each event's sources are on its permalink`,
    });
  const filters = useMemo(() => parseFilters(new URLSearchParams(filterQuery)).filters, [filterQuery]);
  const asOf = filters.asOf;
  const filename = (extension: "svg" | "png") => exportFilename(filters, fromDayNumber(today), extension);
  const download = (format: "csv" | "json") => `/api/events?${new URLSearchParams([...new URLSearchParams(filterQuery), ["format", format]]).toString()}`;

  const hoveredPlacement = hovered ? layout.placed.find((p) => p.item.slug === hovered) : undefined;

  return (
    <section className="timeline" aria-label="Interactive timeline" data-testid="timeline">
      <div className="timeline-toolbar" role="toolbar" aria-label="Timeline controls">
        <div className="button-group">
          <button type="button" className="button secondary" onClick={() => setVisible(zoomWindow(visible, 0.5, limits))} aria-label="Zoom out">
            −
          </button>
          <button type="button" className="button secondary" onClick={() => setVisible(zoomWindow(visible, 2, limits))} aria-label="Zoom in">
            +
          </button>
          <button type="button" className="button secondary" onClick={() => setVisible(fitAll)}>
            Fit all
          </button>
        </div>
        <fieldset className="lane-switch" disabled={mode === "single"}>
          <legend>Lanes</legend>
          {(["country", "topic"] as const).map((value) => (
            <label key={value}>
              <input type="radio" name="lanes" value={value} checked={lanesMode === value} onChange={() => setLanesMode(value)} />
              {value === "country" ? "Country" : "Topic"}
            </label>
          ))}
        </fieldset>
        <CopyLinkButton label="Copy link to this view" />
        <span className="downloads small">
          Download:{" "}
          <a href={download("csv")} data-testid="export-csv">
            CSV
          </a>{" "}
          <a href={download("json")} data-testid="export-json">
            JSON
          </a>{" "}
          <ExportImageButtons buildSvg={buildSvg} filename={filename} />
        </span>
        <p className="window-label small" data-testid="window-label" aria-live="polite">
          {loaded.status === "ready"
            ? `${dayText(visible.from)} – ${dayText(visible.to - 1)} · ${shown.length} of ${items.length} in view`
            : loaded.status === "loading"
              ? `Loading ${total} events…`
              : ""}
        </p>
      </div>
      {loaded.status === "error" && (
        <p className="notice" role="alert">
          {loaded.message} <a href="">Reload the page</a> to try again, or use the list view.
        </p>
      )}
      <div className="timeline-body">
        <div className="timeline-main" ref={container}>
          {loaded.status !== "ready" && firstFrame}
          <div className="timeline-live" hidden={loaded.status !== "ready" && firstFrame !== undefined}>
            <TimeScaleAxis ticks={ticks} window={visible} width={width} today={today} />
            <TargetStrip rows={chainRows} width={width} selected={selected} onSelect={select} />
            <div
              ref={viewport}
              className="timeline-viewport"
              role="region"
              aria-label="Timeline"
              aria-describedby="timeline-help"
              tabIndex={0}
              onKeyDown={onKeyDown}
              style={{ height, touchAction: "none" }}
              data-testid="timeline-viewport"
              data-window={`${fromDayNumber(Math.floor(visible.from))}..${fromDayNumber(Math.ceil(visible.to) - 1)}`}
            >
              <TimelineCanvas layout={layout} width={width} height={height} todayX={todayX} gridXs={gridXs} selected={selected} hovered={hovered} />
              <MarksLayer layout={deferredLayout} selected={selected} onSelect={select} onHover={setHovered} onZoomTo={zoomTo} />
              {hoveredPlacement && (
                <div
                  className="timeline-tooltip"
                  role="tooltip"
                  style={{ left: Math.min(Math.max(hoveredPlacement.x, 0), Math.max(width - 260, 0)), top: boxes[hoveredPlacement.lane].top + 18 + (hoveredPlacement.row + 1) * 22 }}
                  data-testid="tooltip"
                >
                  <strong>{hoveredPlacement.item.title}</strong>
                  <span>{hoveredPlacement.item.label}</span>
                </div>
              )}
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
