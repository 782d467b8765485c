"use client";

import { useEffect } from "react";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <div role="alert">
      <h1>Something went wrong</h1>
      <p>The page could not be shown. Nothing was changed. {error.digest ? `Reference: ${error.digest}.` : ""}</p>
      <button className="button" type="button" onClick={reset}>
        Try again
      </button>
    </div>
  );
}
