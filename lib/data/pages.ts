/**
 * SQLite refuses a query with more than 32,766 bound values, and Prisma loads relations with one
 * `IN (…)` list of every parent id: so large result sets are read in pages.
 */
export const READ_PAGE_SIZE = 5000;

export async function readAllPages<T>(readPage: (skip: number, take: number) => Promise<T[]>, limit = Infinity): Promise<T[]> {
  const rows: T[] = [];
  while (rows.length < limit) {
    const take = Math.min(READ_PAGE_SIZE, limit - rows.length);
    const page = await readPage(rows.length, take);
    rows.push(...page);
    if (page.length < take) break;
  }
  return rows;
}
