/** Entries per page of GET /api/audit: the default, and the most one request may ask for. */
export const AUDIT_PAGE_SIZE = { default: 100, max: 500 } as const;
