import { compactKey } from "./normalize.ts";

/** Two-character pieces of a text, the unit Chinese words share ("提示注入" → 提示 示注 注入). */
function bigrams(text: string): Set<string> {
	const chars = [...compactKey(text)];
	if (chars.length === 1) return new Set(chars);
	return new Set(chars.slice(1).map((char, index) => `${chars[index]}${char}`));
}

/**
 * Tags closest to a query that found nothing: most shared character pairs first, then most used.
 * Tags sharing nothing are left out, so an unrelated query gets no tag suggestions.
 */
export function suggestTags<T extends { label: string; count: number }>(
	query: string,
	tags: readonly T[],
	limit: number,
): T[] {
	const wanted = bigrams(query);
	const chars = new Set(compactKey(query));
	return tags
		.map((tag) => {
			const shared = [...bigrams(tag.label)].filter((pair) => wanted.has(pair)).length;
			const sharedChars = [...new Set(compactKey(tag.label))].filter((char) => chars.has(char)).length;
			return { tag, score: shared * 2 + sharedChars / 4 };
		})
		.filter(({ score }) => score >= 0.5)
		.sort((a, b) => b.score - a.score || b.tag.count - a.tag.count)
		.slice(0, limit)
		.map(({ tag }) => tag);
}
