export interface YearGroup<T> {
  year: string;
  items: T[];
}

/** Groups items already in time order by the year their date starts in. */
export function groupByStartYear<T extends { date: { start: string } }>(items: readonly T[]): YearGroup<T>[] {
  const groups: YearGroup<T>[] = [];
  for (const item of items) {
    const year = item.date.start.slice(0, 4);
    const last = groups.at(-1);
    if (last && last.year === year) last.items.push(item);
    else groups.push({ year, items: [item] });
  }
  return groups;
}
