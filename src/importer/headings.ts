import type { Heading, RootContent } from "mdast";

/**
 * Renumbers heading levels by nesting, not by their written level: a heading becomes one level
 * below the nearest earlier heading that was written shallower, and top headings become h2. So
 * `#####`/`#####`/`######` turn into h2/h2/h3, and a jump from h2 to h4 becomes h2 → h3.
 * Returns how many headings changed level.
 */
export function normalizeHeadings(blocks: readonly RootContent[]): number {
	const open: { written: number; level: number }[] = [];
	let changed = 0;
	for (const block of blocks) {
		if (block.type !== "heading") continue;
		while (open.length > 0 && (open.at(-1)?.written ?? 0) >= block.depth) open.pop();
		const level = Math.min((open.at(-1)?.level ?? 1) + 1, 6) as Heading["depth"];
		if (level !== block.depth) changed += 1;
		open.push({ written: block.depth, level });
		block.depth = level;
	}
	return changed;
}
