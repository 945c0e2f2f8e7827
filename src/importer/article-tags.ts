import type { Vocabulary } from "../lib/vocabulary.ts";
import type { ImportNote } from "./problems.ts";
import { fitTag } from "./repair.ts";

/**
 * Tags from a document's keywords: each in the vocabulary's spelling, cut at a word boundary to
 * fit 20 characters, without repeats, at most 8. Every change is reported at `line`.
 */
export function tagsFromKeywords(
	keywords: readonly string[],
	vocabulary: Vocabulary | undefined,
	line: number,
	repaired: ImportNote[],
): string[] {
	const tags: string[] = [];
	for (const keyword of keywords) {
		const canonical = vocabulary?.canonicalTag(keyword.trim()) ?? keyword.trim();
		const tag = fitTag(canonical);
		if (tag === undefined) {
			repaired.push({ line, message: `关键词「${keyword}」太长且无法在词边界截断，已舍弃` });
			continue;
		}
		if (tag !== canonical) repaired.push({ line, message: `关键词「${keyword}」超过 20 字，截为「${tag}」` });
		if (!tags.includes(tag)) tags.push(tag);
	}
	if (tags.length > 8) repaired.push({ line, message: `关键词有 ${tags.length} 个，只保留前 8 个` });
	return tags.slice(0, 8);
}
