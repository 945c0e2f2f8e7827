/**
 * Repairs of values that would not fit the collections' schemas, each small enough to report:
 * a description cut at a sentence boundary, a tag cut at a word boundary, a stray answer label.
 */

/** Sentence ends, Chinese and Western (a Western period must be followed by a space or the end). */
const SENTENCE_END = /[。！？；!?;]|\.(?=\s|$)/g;

/**
 * `text` cut to at most `max` characters at the last sentence end that keeps at least `min`
 * characters; failing that, at the last word or clause boundary, with an ellipsis.
 */
export function fitDescription(text: string, max = 240, min = 10): string {
	const clean = text.replace(/\s+/g, " ").trim();
	if (clean.length <= max) return clean;
	const head = clean.slice(0, max);
	let cut = -1;
	for (const match of head.matchAll(SENTENCE_END)) cut = match.index + match[0].length;
	if (cut >= min) return head.slice(0, cut).trim();
	const room = head.slice(0, max - 1);
	const boundary = Math.max(room.lastIndexOf(" "), room.lastIndexOf("，"), room.lastIndexOf(","));
	return `${(boundary >= min ? room.slice(0, boundary) : room).replace(/[，,\s]+$/, "")}…`;
}

/**
 * A tag of at most `max` characters: cut at the last space or hyphen that fits when the tag has
 * words, else at `max` characters. Returns undefined when nothing sensible is left.
 */
export function fitTag(tag: string, max = 20): string | undefined {
	const clean = tag.replace(/\s+/g, " ").trim();
	if (clean.length <= max) return clean || undefined;
	const head = clean.slice(0, max + 1);
	const boundary = Math.max(head.lastIndexOf(" "), head.lastIndexOf("-"), head.lastIndexOf("/"));
	const cut = boundary >= 2 ? head.slice(0, boundary) : /[a-z0-9]/i.test(head) ? "" : head.slice(0, max);
	return cut.trim() || undefined;
}

/** An answer's leading label: `A1：`, `A2.`, `A:`, `答：`, `回答：`. */
const ANSWER_LABEL = /^\s*(?:(?:A|Ａ)\s*\d*\s*[:：.．、)]|(?:答|回答|答案|解答)\s*\d*\s*[:：])\s*/;

/** `text` without a leading answer label, and whether there was one. */
export function stripAnswerLabel(text: string): { text: string; stripped: boolean } {
	const rest = text.replace(ANSWER_LABEL, "");
	return { text: rest, stripped: rest !== text };
}
