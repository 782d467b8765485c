import { eventsCalendar } from "@/lib/export/ical";
import { eventAnswer, eventAnswerWithVersion, eventPageAnswer, historyAnswer, openApiAnswer, sourceAnswer, targetAnswer, timelineAnswer } from "@/lib/validation/answers";
import { z } from "zod";
import { errors } from "./errors";
import { asOfParameter, filterParameters, formatParameter, pagingParameters, slugParameter, versionParameter } from "./parameters";
import seed from "./seed-answers.json";
import type { Operation } from "./types";

const eventSlug = seed.event.event.slug;
const sourceSlug = seed.source.source.slug;
const targetSlug = seed.targetAsOf.target.slug;

/** The calendar files the feeds send, made by the same code from the example event. */
const exampleCalendar = eventsCalendar([eventAnswer.parse(seed.event.event)], {
  name: "Policy Timeline deadlines",
  baseUrl: "https://policy-timeline.example",
  stamp: new Date("2026-11-26T00:00:00Z"),
});

export const READ_OPERATIONS: Operation[] = [
  {
    method: "get",
    path: "/api/events",
    tag: "Events",
    summary: "List the filtered events, a page at a time",
    description:
      "In time order (start, end, slug), or best match first with `q`, each hit with its snippet. Answers carry an ETag (the data version): send it back as If-None-Match for a 304. With `format`, every matching event as a download instead.",
    access: "public",
    parameters: [...filterParameters, ...pagingParameters, formatParameter],
    answers: [
      { status: 200, description: "One page of events.", schema: eventPageAnswer, example: seed.eventPage, headers: { ETag: "The data version, quoted." } },
      { status: 304, description: "Not modified since the ETag sent as If-None-Match." },
      ...errors(400, 429),
    ],
    example: "/api/events?country=CN&limit=1",
  },
  {
    method: "get",
    path: "/api/events/{slug}",
    tag: "Events",
    summary: "One event, with the version to send back when saving",
    description:
      "A renamed event's old slug answers 308 to the new one; a removed event answers 410 with when it was removed. With `asOf`, its status and target links are as known on that day (a deadline superseded only later reads as due).",
    access: "public",
    parameters: [slugParameter("event"), asOfParameter],
    answers: [
      { status: 200, description: "The event.", schema: eventAnswerWithVersion, example: seed.event },
      { status: 308, description: "The event was renamed: Location names its new address." },
      ...errors(400, 404, 410),
    ],
    example: `/api/events/${eventSlug}`,
  },
  {
    method: "get",
    path: "/api/events/{slug}/history",
    tag: "Events",
    summary: "Every write to an event, oldest first",
    description: "With `version`, the event as it stood after that write instead.",
    access: "public",
    parameters: [slugParameter("event"), versionParameter("Answer the event as it stood after this write (1 is its creation).")],
    answers: [{ status: 200, description: "The history, or one version.", schema: historyAnswer, example: seed.eventHistory }, ...errors(404, 422)],
    example: `/api/events/${eventSlug}/history`,
  },
  {
    method: "get",
    path: "/api/events/{slug}/ics",
    tag: "Feeds",
    summary: "One event as an .ics file to add to a calendar",
    access: "public",
    parameters: [slugParameter("event")],
    answers: [{ status: 200, description: "An iCalendar file (attachment).", mediaType: "text/calendar", example: exampleCalendar }, ...errors(404)],
    example: `/api/events/${eventSlug}/ics`,
  },
  {
    method: "get",
    path: "/api/deadlines.ics",
    tag: "Feeds",
    summary: "The deadlines among the filtered events, as a calendar feed to subscribe to",
    description: "Takes the same filters as /api/events.",
    access: "public",
    parameters: filterParameters,
    answers: [{ status: 200, description: "An iCalendar feed.", mediaType: "text/calendar", example: exampleCalendar }, ...errors(400, 429)],
    example: "/api/deadlines.ics?country=JP",
  },
  {
    method: "get",
    path: "/api/timeline",
    tag: "Feeds",
    summary: "The filtered events in the interactive timeline's compact form",
    description:
      "Every matching event as a tuple, about half the bytes of /api/events; gzip-encoded when the client accepts it, and revalidated by ETag. Takes the same filters as /api/events.",
    access: "public",
    parameters: filterParameters,
    answers: [
      { status: 200, description: "The items.", schema: timelineAnswer, example: seed.timeline, headers: { ETag: "The data version, quoted." } },
      { status: 304, description: "Not modified since the ETag sent as If-None-Match." },
      ...errors(400, 429),
    ],
    example: "/api/timeline?country=CN",
  },
  {
    method: "get",
    path: "/api/sources/{slug}",
    tag: "Sources",
    summary: "A stored source, its full text, and the passages events quote from it",
    access: "public",
    parameters: [slugParameter("source")],
    answers: [{ status: 200, description: "The source (the example's text is cut short).", schema: sourceAnswer, example: seed.source }, ...errors(404)],
    example: `/api/sources/${sourceSlug}`,
  },
  {
    method: "get",
    path: "/api/targets",
    tag: "Targets",
    summary: "Every target with its revisions, oldest first",
    access: "public",
    parameters: [asOfParameter],
    answers: [{ status: 200, description: "The targets.", schema: z.strictObject({ targets: z.array(targetAnswer) }), example: seed.targets }, ...errors(400)],
    example: "/api/targets",
  },
  {
    method: "get",
    path: "/api/targets/{slug}",
    tag: "Targets",
    summary: "One target and its chain of revisions",
    description: "With `asOf`, only the revisions known on that day, and the commitment then in force.",
    access: "public",
    parameters: [slugParameter("target"), asOfParameter],
    answers: [{ status: 200, description: "The target.", schema: z.strictObject({ target: targetAnswer }), example: seed.targetAsOf }, ...errors(400, 404)],
    example: `/api/targets/${targetSlug}?asOf=2025-10-30`,
  },
  {
    method: "get",
    path: "/api/openapi.json",
    tag: "Reference",
    summary: "This document: the OpenAPI 3.1 description of every endpoint",
    description: "Generated from the zod schemas that validate requests and describe answers. The readable form is the /api page.",
    access: "public",
    parameters: [],
    answers: [{ status: 200, description: "The document.", schema: openApiAnswer, example: { openapi: "3.1.1", info: { title: "Policy Timeline API", version: "1" }, paths: { "/api/events": {} } } }],
    example: "/api/openapi.json",
  },
];
