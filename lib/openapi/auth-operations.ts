import { sessionAnswer, signInAnswer, signOutAnswer } from "@/lib/validation/answers";
import { signInSchema } from "@/lib/validation/accounts";
import { errors } from "./errors";
import type { Operation } from "./types";

// app/api/auth/[...all] is better-auth's handler (lib/data/auth.ts): these are the endpoints the site uses.
const user = { id: "u8f2kq1c0a", email: "ana@example.org", name: "Ana", role: "editor" };

export const AUTH_OPERATIONS: Operation[] = [
  {
    method: "post",
    path: "/api/auth/sign-in/email",
    tag: "Accounts",
    summary: "Sign in with email and password",
    description: "Sets the session cookie (HttpOnly, SameSite=Lax; Secure on https). Scripts should rather use an API token.",
    access: "public",
    parameters: [],
    body: { schema: signInSchema, example: { email: user.email, password: "a long passphrase" } },
    answers: [{ status: 200, description: "Signed in; the answer sets the session cookie.", schema: signInAnswer, example: { redirect: false, token: "session-token", user } }, ...errors(401)],
    example: "/api/auth/sign-in/email",
  },
  {
    method: "get",
    path: "/api/auth/get-session",
    tag: "Accounts",
    summary: "The signed-in session, or null",
    access: "public",
    parameters: [],
    answers: [{ status: 200, description: "The session and its user; null when signed out.", schema: sessionAnswer, example: null }],
    example: "/api/auth/get-session",
  },
  {
    method: "post",
    path: "/api/auth/sign-out",
    tag: "Accounts",
    summary: "End the session",
    access: "reader",
    sessionOnly: true,
    parameters: [],
    answers: [{ status: 200, description: "Signed out; the cookie is cleared.", schema: signOutAnswer, example: { success: true } }],
    example: "/api/auth/sign-out",
  },
];
