import type { Root, RootContent } from "mdast";
import { toString as textOf } from "mdast-util-to-string";
import { visit } from "unist-util-visit";
import { normalizeQuestion, SAME_QUESTION, similarity } from "../lib/question-similarity.ts";
import type { Vocabulary } from "../lib/vocabulary.ts";
import { parseMarkdown, printMarkdown } from "../markdown/dialect.ts";
import { findUnclosedFence } from "../markdown/fences.ts";
import type { Category, Difficulty, Industry } from "../schemas/taxonomy.ts";
import { tagsFromKeywords } from "./article-tags.ts";
import { checkFormulas } from "./check-formulas.ts";
import {
	inferArticleIndustries,
	inferCategory,
	inferDifficulty,
	inferIndustries,
	inferTags,
} from "./classify.ts";
import { cleanLines, type DocumentMetadata } from "./clean-lines.ts";
import { decodeSource } from "./decode-source.ts";
import { promoteDisplayMath } from "./display-math.ts";
import { findRepeats, locateTitle, NO_TITLE, type TitleMatch } from "./find-title.ts";
import { normalizeHeadings } from "./headings.ts";
import { QuestionMatcher } from "./identity.ts";
import { findUnclosedDisplayMath, findUnclosedInlineMath, latexToDollars } from "./math-delimiters.ts";
import { mergeRepeats } from "./merge-questions.ts";
import { mergeVersions } from "./merge-versions.ts";
import { ImportError, type ImportNote } from "./problems.ts";
import { type PartName, type RawQuestion, splitQuestionBank, stripQuestionLabel } from "./question-bank.ts";
import { fitDescription, stripAnswerLabel } from "./repair.ts";
import { splitLabelledLines } from "./split-labelled-lines.ts";
import { stripRawHtml } from "./strip-html.ts";
import { markUnverifiedPython } from "./unverified-code.ts";

export interface ArticleDraft {
	title: string;
	description: string;
	date: string;
	tags: string[];
	industries: Industry[];
	author?: string;
	body: string;
	line: number;
}

export interface QuestionDraft {
	title: string;
	category: Category;
	difficulty: Difficulty;
	industries: Industry[];
	tags: string[];
	body: string;
	line: number;
}

export interface DocumentReport {
	title: string;
	versions: number;
	sections: number;
	questionsFound: number;
	formulas: number;
	codeBlocks: number;
	merged: ImportNote[];
	dropped: ImportNote[];
	/** Values changed to fit the schemas (a description or tag cut, a label removed). */
	repaired: ImportNote[];
	warnings: ImportNote[];
}

export interface ImportedDocument {
	file: string;
	article?: ArticleDraft;
	questions: QuestionDraft[];
	report: DocumentReport;
}

export interface ImportOptions {
	/** Publication date (`YYYY-MM-DD`) when the document does not state one. */
	date: string;
	/** The title to use when the document has none (`--title`); it also replaces a found one. */
	title?: string;
	/** The field's vocabulary: tags are written in its canonical spelling. */
	vocabulary?: Vocabulary;
	/**
	 * Syntax check of Python examples (`[index, line in source, message]` per failing source);
	 * a failing block is marked `unverified` and reported instead of breaking the content linter.
	 */
	checkPython?: (sources: readonly string[]) => [number, number, string][];
}

const PART_HEADINGS: [PartName, string][] = [
	["answer", "答案"],
	["example", "示例代码"],
	["analysis", "解析"],
];

const root = (children: RootContent[]): Root => ({ type: "root", children });

/** The first sentence or two of the article, at most `limit` characters, for its description. */
export function summarize(blocks: readonly RootContent[], limit = 120): string {
	const paragraph = blocks.find((block) => block.type === "paragraph" && textOf(block).trim().length >= 10);
	const text = paragraph ? textOf(paragraph).replace(/\s+/g, " ").trim() : "";
	if (text.length <= limit) return text;
	const cut = text.slice(0, limit);
	const sentenceEnd = Math.max(cut.lastIndexOf("。"), cut.lastIndexOf("；"), cut.lastIndexOf("！"));
	return sentenceEnd >= 20 ? cut.slice(0, sentenceEnd + 1) : `${cut.slice(0, limit - 1)}…`;
}

/**
 * The article's description: its 摘要 line if it has one of at least 10 characters, else its first
 * sentences; cut at a sentence boundary to fit 240 characters, reported when cut.
 */
function describe(
	metadata: DocumentMetadata,
	blocks: readonly RootContent[],
	file: string,
	line: number,
	report: DocumentReport,
): string {
	const abstract = metadata.abstract?.replace(/\s+/g, " ").trim();
	const at = metadata.lines.abstract ?? line;
	if (abstract !== undefined && abstract.length < 10)
		report.repaired.push({ line: at, message: `摘要「${abstract}」不足 10 字，改用正文开头` });
	const text = abstract !== undefined && abstract.length >= 10 ? abstract : summarize(blocks);
	const fitted = fitDescription(text);
	if (fitted !== text)
		report.repaired.push({
			line: at,
			message: `摘要有 ${text.length} 字，超过 240 字，在句末截为 ${fitted.length} 字`,
		});
	if (fitted.length < 10)
		throw new ImportError(file, line, "正文太短，写不出至少 10 字的摘要：请加一行「摘要：……」");
	return fitted;
}

/** Removes an answer's leading `A1：` / `答：` label, reporting it. */
function stripLeadingLabel(question: RawQuestion, report: DocumentReport): void {
	const first = question.parts.answer[0];
	const head = first?.type === "paragraph" ? first.children[0] : undefined;
	if (head?.type !== "text") return;
	const { text, stripped } = stripAnswerLabel(head.value);
	if (!stripped) return;
	const label = head.value.slice(0, head.value.length - text.length).trim();
	head.value = text;
	report.repaired.push({
		line: first?.position?.start.line ?? question.line,
		message: `去掉了答案开头的标签「${label}」`,
	});
}

/**
 * A `题目：` part under a question: the title when the question had no words of its own, nothing
 * when it only repeats the title, else the question's full statement (kept at the top of its body).
 */
function settleStatement(question: RawQuestion): void {
	const statement = textOf(root(question.statement)).replace(/\s+/g, " ").trim();
	if (statement === "") return;
	if (question.question === "" || /^(?:题目|问题)?\s*\d*$/.test(question.question)) {
		question.question = stripQuestionLabel(statement);
		question.statement = [];
		return;
	}
	const key = normalizeQuestion(statement);
	const title = normalizeQuestion(question.question);
	if (key === title || similarity(key, title) >= SAME_QUESTION) question.statement = [];
}

function questionBody(question: RawQuestion): string {
	const lead = question.statement.length > 0 ? `${printMarkdown(root(question.statement)).trim()}\n\n` : "";
	return (
		lead +
		PART_HEADINGS.filter(([part]) => question.parts[part].length > 0)
			.map(([part, heading]) => {
				const blocks = question.parts[part];
				normalizeHeadings(blocks);
				for (const block of blocks)
					if (block.type === "heading") block.depth = Math.min(block.depth + 1, 6) as 3;
				return `## ${heading}\n\n${printMarkdown(root(blocks)).trim()}`;
			})
			.join("\n\n")
	);
}

/**
 * Reads one raw generated document and turns it into an article draft and question drafts,
 * with a report of what was found, merged and dropped. Throws an {@link ImportError} (file and
 * line) for input that cannot be imported.
 */
export function importDocument(file: string, bytes: Uint8Array, options: ImportOptions): ImportedDocument {
	const text = decodeSource(bytes, file);
	const unclosed = findUnclosedFence(text.split("\n"));
	if (unclosed) throw new ImportError(file, unclosed, "代码块没有结束：请在代码末尾加一行 ```");
	const openParen = findUnclosedInlineMath(text.split("\n"));
	if (openParen) throw new ImportError(file, openParen, "公式的 \\( 与 \\) 没有成对：请补上缺少的一个");
	const converted = latexToDollars(text.split("\n"));
	const openDisplay = findUnclosedDisplayMath(converted);
	if (openDisplay) throw new ImportError(file, openDisplay, "公式块没有结束：请在公式末尾加上 $$（或 \\]）");

	const { lines, metadata, dropped } = cleanLines(converted.join("\n"));
	const located = locateTitle(lines);
	const firstLine = lines.findIndex((line) => line.trim() !== "") + 1 || 1;
	const title: TitleMatch = located ?? { title: options.title ?? "", lines: [firstLine] };
	if (options.title) title.title = options.title;
	const repeats = located ? findRepeats(lines, located) : [];
	for (const line of [...(located?.lines ?? []), ...repeats.flatMap((repeat) => repeat.lines)])
		lines[line - 1] = "";
	const source = lines.join("\n");
	const tree = parseMarkdown(source);
	const htmlRemoved = stripRawHtml(tree);
	splitLabelledLines(tree);
	promoteDisplayMath(tree, source);
	checkFormulas(tree, file);

	const report: DocumentReport = {
		title: title.title,
		versions: repeats.length + 1,
		sections: 0,
		questionsFound: 0,
		formulas: 0,
		codeBlocks: 0,
		merged: [],
		dropped,
		repaired: [],
		warnings: htmlRemoved,
	};

	// A file may hold the same article twice (a draft, then a "blog" version): read each version.
	const starts = [0, ...repeats.map((repeat) => Math.min(...repeat.lines))];
	const versions = starts.map((start, index) => {
		const end = starts[index + 1] ?? Number.POSITIVE_INFINITY;
		const blocks = tree.children.filter((block) => {
			const line = block.position?.start.line ?? 0;
			return line > start && line <= end;
		});
		// Banks are found by their items, not by names: a title such as 「知识库问答的落地」 says nothing.
		return splitQuestionBank(blocks);
	});
	for (const version of versions) {
		for (const line of version.skipped) report.dropped.push({ line, message: "题库前言（不属于任何题目）" });
	}

	const versionLines = versions.map((_, index) =>
		index === 0 ? (title.lines[0] ?? 1) : (repeats[index - 1]?.lines[0] ?? 1),
	);
	const articleBlocks = mergeVersions(
		versions.map((version) => version.article),
		versionLines,
		report.merged,
	);

	const raw = versions.flatMap((version) => version.questions);
	for (const question of raw) settleStatement(question);
	report.questionsFound = raw.length;
	const matcher = new QuestionMatcher(options.vocabulary);
	const questions = mergeRepeats(raw, matcher, report);
	for (const question of questions) {
		if (question.parts.answer.length === 0) {
			question.parts.answer = question.parts.analysis;
			question.parts.analysis = [];
		}
		if (question.parts.answer.length === 0 && question.parts.example.length === 0) {
			throw new ImportError(
				file,
				question.line,
				`题目「${question.question}」没有答案：请在题目下补上「**答案：**」段落，或删除这道题`,
			);
		}
	}

	for (const question of questions) stripLeadingLabel(question, report);

	normalizeHeadings(articleBlocks);
	const articleTree = root(articleBlocks);
	const count = (trees: Root[]) => {
		for (const part of trees) {
			visit(part, (node) => {
				if (node.type === "math" || node.type === "inlineMath") report.formulas += 1;
				if (node.type === "code") report.codeBlocks += 1;
			});
		}
	};
	const questionTrees = questions.flatMap((question) =>
		PART_HEADINGS.map(([part]) => root(question.parts[part])),
	);
	count([articleTree, ...questionTrees]);
	if (options.checkPython)
		report.warnings.push(...markUnverifiedPython([articleTree, ...questionTrees], options.checkPython));
	report.sections = articleBlocks.filter((block) => block.type === "heading" && block.depth === 2).length;

	const articleText = textOf(articleTree);
	const result: ImportedDocument = { file, questions: [], report };
	const hasArticle = articleText.replace(/\s/g, "").length >= 40;
	if (!hasArticle && questions.length === 0)
		throw new ImportError(
			file,
			firstLine,
			title.title
				? `只有标题「${title.title}」，没有正文也没有题目：没有可导入的内容`
				: "没有可导入的内容：既没有正文也没有题目",
		);
	if (hasArticle && !title.title) throw new ImportError(file, firstLine, NO_TITLE);
	if (!title.title) report.title = "（无标题：只导入题目）";
	if (hasArticle) {
		const line = title.lines[0] ?? 1;
		result.article = {
			title: title.title,
			description: describe(metadata, articleBlocks, file, line, report),
			date: metadata.date ?? options.date,
			tags:
				metadata.keywords.length > 0
					? tagsFromKeywords(
							metadata.keywords,
							options.vocabulary,
							metadata.lines.keywords ?? line,
							report.repaired,
						)
					: inferTags(title.title, articleText, "大模型", 5, options.vocabulary),
			industries: inferArticleIndustries(title.title, articleText),
			...(metadata.author ? { author: metadata.author } : {}),
			body: printMarkdown(articleTree),
			line,
		};
	}
	result.questions = questions.map((question) => {
		const body = questionBody(question);
		const text = `${textOf(root(question.parts.answer))}\n${textOf(root(question.parts.analysis))}`;
		// A question's industries come from its own words, never from its article's.
		return {
			title: question.question,
			category: inferCategory(question.question, text),
			difficulty: inferDifficulty(question.question),
			industries: inferIndustries(question.question, text),
			tags: inferTags(question.question, text, "大模型", 3, options.vocabulary),
			body,
			line: question.line,
		};
	});
	return result;
}
