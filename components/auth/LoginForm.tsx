"use client";

import { useState, type FormEvent } from "react";

/** Where to go after signing in: only a path on this site, never another origin. */
function safeNext(next: string | undefined): string {
  return next && next.startsWith("/") && !next.startsWith("//") ? next : "/";
}

function messageFor(status: number, body: { message?: string } | null): string {
  if (status === 429) return body?.message ?? "Too many failed sign-ins for this address. Wait a minute and try again.";
  if (status === 401 || status === 400) return "Wrong email or password.";
  if (status === 403) return body?.message ?? "This account may not sign in.";
  return "Sign-in failed: the server did not answer as expected. Try again.";
}

export function LoginForm({ next }: { next?: string }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(null);
    try {
      const response = await fetch("/api/auth/sign-in/email", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ email: form.get("email"), password: form.get("password") }),
      });
      if (!response.ok) {
        setError(messageFor(response.status, await response.json().catch(() => null)));
        return;
      }
      // A full navigation, so that the server renders the header with the new session.
      window.location.assign(safeNext(next));
    } catch {
      setError("Could not reach the server. Check the connection and try again.");
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="login-form" onSubmit={submit} method="post" data-testid="login-form">
      <label>
        Email
        <input name="email" type="email" autoComplete="username" required />
      </label>
      <label>
        Password
        <input name="password" type="password" autoComplete="current-password" required />
      </label>
      {error && (
        <p className="form-error" role="alert" data-testid="login-error">
          {error}
        </p>
      )}
      <button type="submit" disabled={busy}>
        {busy ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
