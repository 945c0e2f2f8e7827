import type { Vocabulary } from "../lib/vocabulary.ts";

const TAGS_LINE = /^tags:\s*\[(.*)\]\s*$/m;

/** The line (1-based) of an entry's `tags:` field, or 1 when it has none. */
export function tagsLine(text: string): number {
	const match = TAGS_LINE.exec(text) ?? /^tags:/m.exec(text);
	return match ? text.slice(0, match.index).split("\n").length : 1;
}

/**
 * The entry with every tag in the vocabulary's spelling (反诈 → 反欺诈) and repeats removed, or the
 * text unchanged. Only the flow form `tags: [a, b]` is rewritten; other forms are left to a person.
 */
export function fixTagSpelling(text: string, vocabulary: Vocabulary): string {
	const match = TAGS_LINE.exec(text);
	if (!match) return text;
	const tags = (match[1] ?? "")
		.split(",")
		.map((tag) => tag.trim().replace(/^(["'])(.*)\1$/, "$2"))
		.filter(Boolean);
	const fixed = [...new Set(tags.map((tag) => vocabulary.canonicalTag(tag)))];
	if (fixed.join("\u0000") === tags.join("\u0000")) return text;
	const quote = (tag: string) => (/[,[\]{}:#"']/.test(tag) ? JSON.stringify(tag) : tag);
	return text.replace(TAGS_LINE, `tags: [${fixed.map(quote).join(", ")}]`);
}
