/** An answer a handler decides on before reaching the data layer: 401, 403, 413, 400, … */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}
