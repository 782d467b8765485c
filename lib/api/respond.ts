import { NextResponse } from "next/server";
import { AlreadyExistsError, ConflictError, InvalidInputError, NotFoundError, WriteRejectedError } from "@/lib/data/errors";
import type { ParameterIssue } from "@/lib/url/filters";
import { HttpError } from "./http-error";

export function badRequest(error: string, issues: ParameterIssue[]): NextResponse {
  return NextResponse.json({ error, issues }, { status: 400 });
}

/** Runs a handler and maps the data layer's typed errors to 4xx answers; anything else is logged. */
export async function respond(handler: () => Promise<Response>): Promise<Response> {
  try {
    return await handler();
  } catch (error) {
    if (error instanceof HttpError) return NextResponse.json({ error: error.message }, { status: error.status, headers: error.headers });
    if (error instanceof NotFoundError) return NextResponse.json({ error: error.message }, { status: 404 });
    if (error instanceof InvalidInputError) return badRequest(error.message, error.issues);
    if (error instanceof WriteRejectedError) return NextResponse.json({ error: error.message, issues: error.issues }, { status: 422 });
    if (error instanceof ConflictError || error instanceof AlreadyExistsError) return NextResponse.json({ error: error.message }, { status: 409 });
    console.error(error);
    return NextResponse.json({ error: "Internal error" }, { status: 500 });
  }
}

export function summariseIssues(issues: ParameterIssue[]): string {
  return issues.length === 1 ? issues[0].message : `${issues.length} invalid parameters`;
}
