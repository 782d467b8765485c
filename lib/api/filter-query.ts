import { InvalidInputError } from "@/lib/data/errors";
import { getVocabulary } from "@/lib/data/events";
import { FILTER_PARAMETERS, parseFilters, unknownParameters, type EventFilters, type ParameterIssue } from "@/lib/url/filters";
import { checkAgainstVocabulary } from "@/lib/url/vocabulary-check";
import { summariseIssues } from "./respond";

/**
 * The filters of an API request, checked against the vocabulary. Throws InvalidInputError (a 400 through
 * respond()) listing every problem: unknown parameters, invalid values and any `extraIssues` of the route's
 * own parameters; values naming nothing in the database are checked only once the rest is valid.
 */
export async function requestFilters(
  params: URLSearchParams,
  routeParameters: readonly string[] = [],
  extraIssues: ParameterIssue[] = [],
): Promise<EventFilters> {
  const parsed = parseFilters(params);
  const issues = [...unknownParameters(params, [...FILTER_PARAMETERS, ...routeParameters]), ...parsed.issues, ...extraIssues];
  if (issues.length) throw new InvalidInputError(summariseIssues(issues), issues);
  const checked = checkAgainstVocabulary(parsed.filters, await getVocabulary());
  if (checked.issues.length) throw new InvalidInputError(summariseIssues(checked.issues), checked.issues);
  return checked.filters;
}
