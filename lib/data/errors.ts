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
