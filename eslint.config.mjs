import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypeScript from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTypeScript,
  {
    // Calendar dates are "YYYY-MM-DD" strings read in UTC (lib/dates/calendar-date.ts): keep local-time
    // readings of them and the two-digit-year constructors out.
    rules: {
      "no-restricted-imports": [
        "error",
        { paths: [{ name: "date-fns", importNames: ["parseISO"], message: "parseISO reads a date-only string in local time: use toUtcDate from lib/dates/calendar-date." }], patterns: [{ group: ["date-fns/parseISO"], message: "parseISO reads a date-only string in local time: use toUtcDate from lib/dates/calendar-date." }] },
      ],
      "no-restricted-syntax": [
        "error",
        { selector: "NewExpression[callee.name='Date'] > Literal.arguments:first-child[value=/^\\d{4}-\\d{2}(-\\d{2})?$/]", message: "A date-only string is a calendar date: use toUtcDate from lib/dates/calendar-date." },
        { selector: "NewExpression[callee.name=/^(Date|UTCDate)$/][arguments.length>1]", message: "The Date and UTCDate constructors read years 0–99 as 1900–1999 (and Date works in local time): use toUtcDate or setFullYear." },
      ],
    },
  },
  {
    ignores: [".next/**", ".next-*/**", "generated/**", "node_modules/**", "test-results/**", "test-results-*/**", "playwright-report/**", "bench/results/**", "next-env.d.ts"],
  },
];

export default config;
