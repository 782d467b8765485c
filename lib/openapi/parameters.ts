import { AUDIT_PAGE_SIZE } from "@/lib/audit/page-size";
import { EXPORT_FORMATS } from "@/lib/export/view";
import { FILTER_PARAMETER_SPECS, FILTER_PARAMETERS } from "@/lib/url/filters";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "@/lib/url/page-cursor";
import { SLUG } from "@/lib/validation/vocabulary";
import type { Parameter } from "./types";

/** The event filters of `/` and `/api/events`, from the table the URL parser reads (lib/url/filters.ts). */
export const filterParameters: Parameter[] = FILTER_PARAMETERS.map((name) => {
  const spec = FILTER_PARAMETER_SPECS[name];
  return {
    name,
    in: "query",
    description: `${spec.selects} Must be ${spec.must}${spec.list ? "; repeat the parameter or separate values with commas" : ""}.`,
    schema: spec.list ? { type: "array", items: spec.value } : { ...spec.value },
    example: spec.example,
  };
});

export const asOfParameter = filterParameters.find((p) => p.name === "asOf")!;

export const pagingParameters: Parameter[] = [
  {
    name: "limit",
    in: "query",
    description: `Events per page (default ${DEFAULT_PAGE_SIZE}).`,
    schema: { type: "integer", minimum: 1, maximum: MAX_PAGE_SIZE, default: DEFAULT_PAGE_SIZE },
    example: "20",
  },
  { name: "cursor", in: "query", description: "The nextCursor of the previous page of the same query.", schema: { type: "string" } },
];

export const formatParameter: Parameter = {
  name: "format",
  in: "query",
  description: "A download of every matching event (not paged): json adds metadata and each citation's APA, Chicago and BibTeX forms; csv has one row per citation.",
  schema: { type: "string", enum: EXPORT_FORMATS },
  example: "csv",
};

export const auditPagingParameters: Parameter[] = [
  { name: "limit", in: "query", description: `Entries per page (default ${AUDIT_PAGE_SIZE.default}).`, schema: { type: "integer", minimum: 1, maximum: AUDIT_PAGE_SIZE.max, default: AUDIT_PAGE_SIZE.default } },
  { name: "cursor", in: "query", description: "The nextCursor of the previous page.", schema: { type: "string" } },
];

export const versionParameter = (what: string): Parameter => ({ name: "version", in: "query", description: what, schema: { type: "integer", minimum: 1 } });

export const slugParameter = (what: string): Parameter => ({ name: "slug", in: "path", required: true, description: `The ${what}'s slug.`, schema: { type: "string", pattern: SLUG.source } });

export const idParameter = (what: string, schema: Record<string, unknown>): Parameter => ({ name: "id", in: "path", required: true, description: `The ${what}'s id.`, schema });
