/** @type {import('next').NextConfig} */
const nextConfig = {
  // A separate build folder lets parallel work build and test side by side without clobbering .next.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  reactStrictMode: true,
  // chrono-node is loaded as published, not bundled: lib/ingest/date-mentions.ts finds its refiners by
  // their class names, which a minifying bundle would rename.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "chrono-node"],
};

module.exports = nextConfig;
