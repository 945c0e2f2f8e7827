/** One page of a paginated list. Page numbers start at 1. */
export interface Page<T> {
	number: number;
	/** The number of the last page. */
	last: number;
	items: T[];
}

function assertPageSize(size: number): void {
	if (!Number.isInteger(size) || size < 1) throw new RangeError(`每页条数必须是正整数（收到 ${size}）`);
}

/** How many pages `total` items fill, `size` to a page; an empty list still has its one (empty) page. */
export function pageCount(total: number, size: number): number {
	assertPageSize(size);
	return Math.max(1, Math.ceil(total / size));
}

/** The page (1-based) that holds the item at `index` (0-based). */
export function pageOfIndex(index: number, size: number): number {
	assertPageSize(size);
	return Math.floor(index / size) + 1;
}

/** Every page of a list, in order: an empty list gives one empty page. */
export function paginate<T>(items: readonly T[], size: number): Page<T>[] {
	const last = pageCount(items.length, size);
	return Array.from({ length: last }, (_, index) => ({
		number: index + 1,
		last,
		items: items.slice(index * size, (index + 1) * size),
	}));
}

/**
 * The page numbers a pagination bar shows: the first, the last, and `around` either side of the
 * current one; `null` marks a gap. A gap never hides just one page (that page is shown instead).
 * `pageLinks(7, 20)` → `[1, null, 6, 7, 8, null, 20]`.
 */
export function pageLinks(current: number, last: number, around = 1): (number | null)[] {
	if (!Number.isInteger(last) || last < 1) throw new RangeError(`页数必须是正整数（收到 ${last}）`);
	if (!Number.isInteger(current) || current < 1 || current > last)
		throw new RangeError(`第 ${current} 页不在 1–${last} 之间`);
	const shown = new Set([1, last]);
	for (let page = current - around; page <= current + around; page += 1)
		if (page >= 1 && page <= last) shown.add(page);
	const sorted = [...shown].sort((a, b) => a - b);
	const links: (number | null)[] = [];
	for (const page of sorted) {
		const previous = links.at(-1);
		if (typeof previous === "number" && page - previous === 2) links.push(previous + 1);
		else if (typeof previous === "number" && page - previous > 2) links.push(null);
		links.push(page);
	}
	return links;
}
