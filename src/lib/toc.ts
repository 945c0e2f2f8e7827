/** A heading as Astro's `render()` reports it. */
export interface Heading {
	depth: number;
	slug: string;
	text: string;
}

export interface TocItem extends Heading {
	children: TocItem[];
}

/**
 * Builds a table of contents from h2 and h3: each h3 nests under the h2 before it; an h3 that comes
 * before any h2 stands at the top level.
 */
export function buildToc(headings: readonly Heading[], minDepth = 2, maxDepth = 3): TocItem[] {
	const toc: TocItem[] = [];
	for (const heading of headings) {
		if (heading.depth < minDepth || heading.depth > maxDepth) continue;
		const item: TocItem = { ...heading, children: [] };
		const parent = toc.at(-1);
		if (heading.depth > minDepth && parent && parent.depth < heading.depth) parent.children.push(item);
		else toc.push(item);
	}
	return toc;
}
