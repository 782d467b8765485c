"use client";

import { useState } from "react";

function download(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Rasterises the SVG at twice its size, so the PNG stays sharp on high-density screens and in slides. */
async function svgToPng(svg: string): Promise<Blob> {
  const image = new Image();
  const url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml" }));
  try {
    image.src = url;
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = image.naturalWidth * 2;
    canvas.height = image.naturalHeight * 2;
    const ctx = canvas.getContext("2d")!;
    ctx.scale(2, 2);
    ctx.drawImage(image, 0, 0);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("PNG encoding failed"))), "image/png"));
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Downloads the timeline exactly as drawn, as SVG or PNG, named after the view. */
export function ExportImageButtons({ buildSvg, filename }: { buildSvg: () => Promise<string>; filename: (extension: "svg" | "png") => string }) {
  const [error, setError] = useState<string | null>(null);
  const exportAs = async (extension: "svg" | "png") => {
    setError(null);
    try {
      const svg = await buildSvg();
      download(extension === "svg" ? new Blob([svg], { type: "image/svg+xml" }) : await svgToPng(svg), filename(extension));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <span className="button-group" role="group" aria-label="Download the timeline as an image">
      <button type="button" className="button secondary" onClick={() => exportAs("svg")} data-testid="export-svg">
        SVG
      </button>
      <button type="button" className="button secondary" onClick={() => exportAs("png")} data-testid="export-png">
        PNG
      </button>
      {error && <span role="alert" className="small">{error}</span>}
    </span>
  );
}
