"use client";

import { useState } from "react";

/** Copies an absolute link; `path` defaults to the current address, which holds the whole view. */
export function CopyLinkButton({ path, label }: { path?: string; label: string }) {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  const copy = async () => {
    const url = new URL(path ?? window.location.href, window.location.href).toString();
    try {
      await navigator.clipboard.writeText(url);
      setState("copied");
    } catch {
      // Without clipboard permission, show the link so it can be copied by hand.
      window.prompt("Copy this link:", url);
      setState("failed");
    }
    setTimeout(() => setState("idle"), 2000);
  };
  return (
    <button type="button" className="button secondary" onClick={copy} data-testid="copy-link">
      {state === "copied" ? "Link copied" : label}
    </button>
  );
}
