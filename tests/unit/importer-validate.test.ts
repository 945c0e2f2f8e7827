import { describe, expect, it } from "vitest";
import { parseEntry } from "../../src/content-lint/collect.ts";
import { compilePython } from "../../src/content-lint/rules/python-compiles.ts";
import { importDocument } from "../../src/importer/import-document.ts";
import { fitDescription, fitTag, stripAnswerLabel } from "../../src/importer/repair.ts";
import { checkWrites } from "../../src/importer/validate.ts";
import { Vocabulary } from "../../src/lib/vocabulary.ts";
import { lintImport } from "../helpers/import.ts";

const bytes = (text: string) => new TextEncoder().encode(text);
const importText = (text: string, name = "doc.md") =>
	importDocument(name, bytes(text), {
		date: "2026-11-01",
		vocabulary: new Vocabulary([
			{ term: "RAG", aliases: ["retrieval-augmented generation", "检索增强生成"] },
		]),
		checkPython: compilePython,
	});

describe("repairs", () => {
	it.each([
		["短摘要。", "短摘要。"],
		[`${"甲".repeat(200)}。${"乙".repeat(100)}。`, `${"甲".repeat(200)}。`],
		[`${"word ".repeat(30)}end. ${"more ".repeat(40)}`, `${"word ".repeat(30)}end.`],
		[`${"word ".repeat(60)}`, `${"word ".repeat(47).trim()}…`],
	])("fitDescription %#", (input, expected) => {
		const fitted = fitDescription(input);
		expect(fitted).toBe(expected);
		expect(fitted.length).toBeLessThanOrEqual(240);
	});

	it.each([
		["风控", "风控"],
		["large language models in finance", "large language"],
		["retrieval-augmented-generation", "retrieval-augmented"],
		["一二三四五六七八九十一二三四五六七八九十一二", "一二三四五六七八九十一二三四五六七八九十"],
		["supercalifragilisticexpialidocious", undefined],
	])("fitTag(%s)", (input, expected) => {
		expect(fitTag(input)).toBe(expected);
	});

	it.each([
		["A1：因为数据少。", "因为数据少。", true],
		["A2. 先做清洗。", "先做清洗。", true],
		["答：可以。", "可以。", true],
		["A/B 测试是一种实验方法。", "A/B 测试是一种实验方法。", false],
		["A model learns.", "A model learns.", false],
	])("stripAnswerLabel(%s)", (input, text, stripped) => {
		expect(stripAnswerLabel(input)).toEqual({ text, stripped });
	});
});

const LONG_ABSTRACT = [
	"This article reviews how large language models are being adopted by mid-sized manufacturers.",
	"It covers inspection, maintenance planning and the documentation work that engineers dislike.",
	"We describe the data that each use needs and the checks that keep answers grounded in plant records.",
	"Finally we list the costs that surprised the teams we interviewed and what they would do differently.",
	"The appendix holds a short glossary.",
].join(" ");

const ARTICLE = `# 中型工厂引入大模型的经验

> **Abstract:** ${LONG_ABSTRACT}
> **Keywords:** retrieval-augmented generation, large language models in manufacturing, inspection

## 背景

中型工厂的工程师每天要查阅大量设备手册和维修记录，大模型可以把这些资料变成能对话的知识库，减少翻找文档的时间。

## 面试题

1. **问题：** 工厂知识库问答为什么要引用原始记录？

**答案：** A1：引用原始记录能让工程师核对答案，发现模型编造的内容。

2. **问题：** 如何检查示例代码？

**答案：** A2. 用编译器检查语法。

\`\`\`python
def check(
    return 1
\`\`\`
`;

describe("an import repairs what would not fit, and reports each repair", () => {
	const document = importText(ARTICLE);

	it("cuts an over-long English abstract at a sentence end", () => {
		const description = document.article?.description ?? "";
		expect(LONG_ABSTRACT.length).toBeGreaterThan(240);
		expect(description.length).toBeLessThanOrEqual(240);
		expect(description).toMatch(/\.$/);
		expect(LONG_ABSTRACT.startsWith(description)).toBe(true);
		expect(document.report.repaired).toContainEqual({
			line: 3,
			message: expect.stringMatching(/^摘要有 \d+ 字/),
		});
	});

	it("writes keywords in the vocabulary's spelling and cuts long ones at a word boundary", () => {
		expect(document.article?.tags).toEqual(["RAG", "large language", "inspection"]);
		expect(document.report.repaired).toContainEqual({
			line: 4,
			message: "关键词「large language models in manufacturing」超过 20 字，截为「large language」",
		});
	});

	it("removes A1： / A2. labels from answers", () => {
		const bodies = document.questions.map((question) => question.body).join("\n");
		expect(bodies).not.toMatch(/A[12][：.]/);
		expect(
			document.report.repaired.filter((note) => note.message.startsWith("去掉了答案开头的标签")),
		).toHaveLength(2);
	});

	it("marks a Python example that does not compile as unverified and reports its line", () => {
		expect(document.questions[1]?.body).toMatch(/^```python unverified$/m);
		expect(document.report.warnings).toContainEqual({
			line: expect.any(Number),
			message: expect.stringMatching(/^Python 示例有语法错误.*已标为「未验证」/),
		});
	});

	it("writes entries that pass the linter (the unverified block counted as a warning)", async () => {
		const problems = await lintImport(document);
		expect(problems.filter((problem) => problem.severity === "error")).toEqual([]);
		expect(problems).toEqual([expect.objectContaining({ rule: "python-compiles", severity: "warning" })]);
	});
});

describe("checkWrites", () => {
	const entry = (title: string) =>
		`---\ntitle: ${title}\ncategory: 基础概念\ndifficulty: 入门\nindustries:\n  - 通用\ntags:\n  - 大模型\n---\n\n## 答案\n\n正文。\n`;
	const existing = [parseEntry("questions", "content/questions/old.md", entry("什么是大模型的上下文窗口？"))];

	it("accepts writes that leave the folder clean", async () => {
		const writes = [{ path: "questions/new.md", text: entry("什么是思维链提示？"), file: "a.md", line: 7 }];
		expect(await checkWrites("content", existing, writes)).toEqual([]);
	});

	it("names the source file and line of every write that would break a rule", async () => {
		const writes = [
			{ path: "questions/bad.md", text: entry("短").replace("基础概念", "杂项"), file: "a.md", line: 7 },
			{ path: "questions/twin.md", text: entry("什么是大模型的上下文窗口?"), file: "b.md", line: 9 },
		];
		const errors = await checkWrites("content", existing, writes);
		expect(errors.map((error) => [error.file, error.line, error.reason.split("：")[0]])).toEqual([
			["a.md", 7, "导入后的 content/questions/bad.md:2（frontmatter-schema） 通不过检查"],
			["a.md", 7, "导入后的 content/questions/bad.md:3（frontmatter-schema） 通不过检查"],
			["b.md", 9, "导入后的 content/questions/twin.md:2（duplicate-questions） 通不过检查"],
		]);
	});

	it("does not blame the import for problems the folder already had", async () => {
		const broken = [parseEntry("questions", "content/questions/broken.md", entry("x"))];
		expect(await checkWrites("content", broken, [])).toEqual([]);
	});
});
