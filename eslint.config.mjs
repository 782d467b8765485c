import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypeScript from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTypeScript,
  {
    ignores: [".next/**", ".next-*/**", "generated/**", "node_modules/**", "test-results/**", "test-results-*/**", "playwright-report/**", "bench/results/**", "next-env.d.ts"],
  },
];

export default config;
