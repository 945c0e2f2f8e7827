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
const size = (question: RawQuestion) =>
	PARTS.reduce((sum, [part]) => sum + textOf(root(blocksOf(question, part))).length, 0);

function blocksOf(question: RawQuestion, part: PartName | "statement"): RootContent[] {
	return part === "statement" ? question.statement : question.parts[part];
}

/** True when `block` says nothing `kept` does not already say (same code, or a paragraph much like one). */
function alreadyIn(block: RootContent, kept: readonly RootContent[]): boolean {
	if (block.type === "code")
		return kept.some((other) => other.type === "code" && other.value.trim() === block.value.trim());
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
 * synonyms): the fuller one is kept and the other's distinct parts are folded into it, each merge
 * reported with what it added. Questions that only look alike are kept apart, with a warning.
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
			const [fuller, other] =
				size(question) > size(twin.question) ? [question, twin.question] : [twin.question, question];
			const line = twin.question.line;
			const added = fold(fuller, other);
			twin.question = { ...fuller, question: twin.question.question, line };
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
