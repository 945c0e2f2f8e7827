import { normalizeText } from "./normalize.ts";
import type { Expansion } from "./query-terms.ts";

/**
 * What the search client loads besides Pagefind's index: `/search-data.json`, written compactly
 * because every first search downloads it.
 */
export interface SearchDataFile {
	/** Published pages, for term weights. */
	pages: number;
	/** One array per concept: its term, then its aliases. */
	concepts: string[][];
	/** Traditional and simplified characters in pairs: "覺觉評评…". */
	toSimplified: string;
	/** Tags for suggestions when nothing matches, most used first: [label, url, count]. */
	tags: [string, string, number][];
	/** Questions most linked from others, offered when nothing matches: [title, url]. */
	popular: [string, string][];
}

/** The same data as the client uses it. */
export interface SearchData {
	pages: number;
	/** Vocabulary spellings and the term each stands for. */
	expansions: Expansion[];
	/** Traditional → simplified characters used on the site. */
	toSimplified: Record<string, string>;
	tags: { label: string; url: string; count: number }[];
	popular: { title: string; url: string }[];
}

/** Every alias of every concept, pointing at the concept's term. */
export function expansionsOf(concepts: readonly { term: string; aliases: readonly string[] }[]): Expansion[] {
	return concepts.flatMap((concept) =>
		[concept.term, ...concept.aliases].map((spelling) => ({
			spelling: normalizeText(spelling),
			term: concept.term,
		})),
	);
}

/** Unpacks `/search-data.json`; a file of another shape gives empty data (search still works). */
export function readSearchData(file: Partial<SearchDataFile>): SearchData {
	const pairs = [...(file.toSimplified ?? "")];
	const toSimplified: Record<string, string> = {};
	for (let index = 0; index + 1 < pairs.length; index += 2)
		toSimplified[pairs[index] ?? ""] = pairs[index + 1] ?? "";
	return {
		pages: Math.max(1, file.pages ?? 1),
		expansions: expansionsOf(
			(file.concepts ?? []).flatMap(([term, ...aliases]) => (term ? [{ term, aliases }] : [])),
		),
		toSimplified,
		tags: (file.tags ?? []).map(([label, url, count]) => ({ label, url, count })),
		popular: (file.popular ?? []).map(([title, url]) => ({ title, url })),
	};
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
