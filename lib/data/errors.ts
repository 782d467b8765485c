/** Thrown by the data layer; route handlers turn these into 4xx answers. */
export class NotFoundError extends Error {
  constructor(
    readonly entity: string,
    readonly slug: string,
  ) {
    super(`No ${entity} "${slug}"`);
  }
}

export class InvalidInputError extends Error {
  constructor(
    message: string,
    readonly issues: { parameter: string; value: string; message: string }[],
  ) {
    super(message);
  }
}

export interface WriteIssue {
  /** Where in the submitted body, e.g. "events[517].date.start" or "row 12: start". */
  path: string;
  message: string;
}

/** A write broke a rule (provenance, dates, URLs, references): 422, nothing written. */
export class WriteRejectedError extends Error {
  constructor(
    message: string,
    readonly issues: WriteIssue[],
  ) {
    super(message);
  }
}

/** The entity changed since the editor loaded it: 409, nothing overwritten. */
export class ConflictError extends Error {}

/** The write names an entity that already exists where a new one was meant: 409. */
export class AlreadyExistsError extends Error {}
