import type { Expansion } from "./query-terms.ts";

/** What the search client loads besides Pagefind's index: `/search-data.json`. */
export interface SearchData {
	/** Published pages, for term weights. */
	pages: number;
	/** Vocabulary spellings and the term each stands for. */
	expansions: Expansion[];
	/** Traditional → simplified characters used on the site. */
	toSimplified: Record<string, string>;
	/** Tags for suggestions when nothing matches, most used first. */
	tags: { label: string; url: string; count: number }[];
	/** Questions most linked from others, offered when nothing matches. */
	popular: { title: string; url: string }[];
}

/** Every alias of every concept, pointing at the concept's term. */
export function expansionsOf(concepts: readonly { term: string; aliases: readonly string[] }[]): Expansion[] {
	return concepts.flatMap((concept) =>
		[concept.term, ...concept.aliases].map((spelling) => ({
			spelling: spelling.normalize("NFKC").toLowerCase(),
			term: concept.term,
		})),
	);
}

/** Ids ordered by how many entries link to them (ties by id), most linked first. */
export function mostLinked(
	entries: readonly { id: string; related: readonly string[] }[],
	limit: number,
): string[] {
	const incoming = new Map<string, number>();
	for (const entry of entries)
		for (const target of new Set(entry.related)) incoming.set(target, (incoming.get(target) ?? 0) + 1);
	return [...incoming.entries()]
		.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
		.slice(0, limit)
		.map(([id]) => id);
}
