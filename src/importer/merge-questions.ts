import type { Root, RootContent } from "mdast";
import { toString as textOf } from "mdast-util-to-string";
import { LOOKS_ALIKE, similarity } from "../lib/question-similarity.ts";
import type { QuestionMatcher } from "./identity.ts";
import type { ImportNote } from "./problems.ts";
import type { PartName, RawQuestion } from "./question-bank.ts";

const PARTS: [PartName | "statement", string][] = [
	["statement", "题目"],
	["answer", "答案"],
	["example", "示例"],
	["analysis", "解析"],
];

const root = (children: RootContent[]): Root => ({ type: "root", children });
const flat = (block: RootContent) => textOf(root([block])).replace(/\s+/g, "");

function blocksOf(question: RawQuestion, part: PartName | "statement"): RootContent[] {
	return part === "statement" ? question.statement : question.parts[part];
}

/** Jaccard similarity of two code blocks' sets of non-blank lines (1 when one holds the other). */
function codeSimilarity(a: string, b: string): number {
	const lines = (code: string) =>
		new Set(
			code
				.split("\n")
				.map((line) => line.trim())
				.filter(Boolean),
		);
	const left = lines(a);
	const right = lines(b);
	let shared = 0;
	for (const line of left) if (right.has(line)) shared += 1;
	// One example holding every line of the other (an added import) is the same example.
	if (shared >= 2 && shared === Math.min(left.size, right.size)) return 1;
	return shared / Math.max(1, left.size + right.size - shared);
}

/** The index of a code block in `kept` that is the same example as `code`, give or take a few lines. */
function twinCode(code: string, kept: readonly RootContent[]): number {
	return kept.findIndex((other) => other.type === "code" && codeSimilarity(other.value, code) >= 0.7);
}

/** True when `block` says nothing `kept` does not already say (same code, or a paragraph much like one). */
function alreadyIn(block: RootContent, kept: readonly RootContent[]): boolean {
	if (block.type === "code") return twinCode(block.value, kept) !== -1;
	const text = flat(block);
	if (text === "") return true;
	return kept.some((other) => {
		const known = flat(other);
		return known.includes(text) || similarity(known, text) >= LOOKS_ALIKE;
	});
}

/**
 * Folds `other` (the same question asked again) into `kept`: a part only `other` has is taken
 * whole; within a part both have, blocks `kept` does not already say (another code example, another
 * point) are added after its own. Returns what was added, for the report.
 */
function fold(kept: RawQuestion, other: RawQuestion): string[] {
	const added: string[] = [];
	for (const [part, name] of PARTS) {
		const mine = blocksOf(kept, part);
		const theirs = blocksOf(other, part);
		// The same example written twice, a line more or less: the longer version is kept.
		for (const block of theirs) {
			if (block.type !== "code") continue;
			const at = twinCode(block.value, mine);
			const known = mine[at];
			if (known?.type === "code" && block.value.length > known.value.length) mine[at] = block;
		}
		const extra = theirs.filter((block) => !alreadyIn(block, mine));
		if (extra.length === 0) continue;
		mine.push(...extra);
		const codes = extra.filter((block) => block.type === "code").length;
		added.push(codes > 0 ? `${name}（含 ${codes} 段代码）` : name);
	}
	return added;
}

/**
 * Merges questions asked more than once in a document (same words, other numbering, punctuation or
 * synonyms): the first asking is kept and the repeat's distinct parts are folded into it, in source
 * order, each merge reported with what it added. Questions that only look alike are kept apart,
 * with a warning.
 */
export function mergeRepeats(
	questions: readonly RawQuestion[],
	matcher: QuestionMatcher,
	notes: { merged: ImportNote[]; warnings: ImportNote[] },
): RawQuestion[] {
	const kept: { question: RawQuestion; key: string }[] = [];
	for (const question of questions) {
		const key = matcher.key(question.question);
		const twin = kept.find((entry) => matcher.same(entry.key, key));
		if (twin) {
			// The first asking keeps its place and words; the repeat adds what it says that the first does not.
			const line = twin.question.line;
			const added = fold(twin.question, question);
			notes.merged.push({
				line: question.line,
				message:
					`「${question.question}」与第 ${line} 行的题目重复，已合并为一条` +
					(added.length > 0 ? `；两处内容不同，并入了另一处的${added.join("、")}` : ""),
			});
			continue;
		}
		for (const other of kept) {
			if (similarity(other.key, key) >= LOOKS_ALIKE && !matcher.aboutOtherThings(other.key, key)) {
				notes.warnings.push({
					line: question.line,
					message: `「${question.question}」与第 ${other.question.line} 行的「${other.question.question}」相似但不相同，已分别保留，请确认`,
				});
			}
		}
		kept.push({ question, key });
	}
	return kept.map((entry) => entry.question);
}
