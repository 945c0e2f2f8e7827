import { describe, expect, it } from "vitest";
import { inferCategory, inferDifficulty, inferIndustries, inferTags } from "../../src/importer/classify.ts";
import { cleanLines } from "../../src/importer/clean-lines.ts";
import { decodeSource } from "../../src/importer/decode-source.ts";
import { promoteDisplayMath } from "../../src/importer/display-math.ts";
import { findRepeats, findTitle, locateTitle } from "../../src/importer/find-title.ts";
import { normalizeHeadings } from "../../src/importer/headings.ts";
import { slugify, uniqueSlug } from "../../src/importer/slug.ts";
import {
	LOOKS_ALIKE,
	normalizeQuestion,
	SAME_QUESTION,
	similarity,
} from "../../src/lib/question-similarity.ts";
import { parseMarkdown, printMarkdown } from "../../src/markdown/dialect.ts";
import { findUnclosedFence, scanFences } from "../../src/markdown/fences.ts";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("decodeSource", () => {
	it("normalizes a BOM and Windows line ends", () => {
		expect(decodeSource(bytes("\uFEFF# 标题\r\n正文\r\n"), "a.txt")).toBe("# 标题\n正文\n");
	});

	it.each([
		[new Uint8Array(), "a.txt:1  文件是空的"],
		[bytes("  \n\t\n"), "a.txt:1  文件只有空白"],
		[bytes("第一行\n第二行\u0000"), "a.txt:2  这是二进制文件"],
		[Uint8Array.from([0xe4, 0xb8, 0xad, 0x0a, 0xd6, 0xd0]), "a.txt:2  文件不是有效的 UTF-8 编码"],
	])("refuses %#", (input, message) => {
		expect(() => decodeSource(input, "a.txt")).toThrow(message);
	});
});

describe("findTitle", () => {
	it.each([
		["   \n\t\n### 主题：大模型与保险\n正文", "大模型与保险", [3]],
		["### 文章标题\n\n# 大模型与保险\n正文", "大模型与保险", [1, 3]],
		["### 博客标题：\n\n《大模型与保险》\n", "大模型与保险", [1, 3]],
		["### 博客标题：《大模型与保险》\n", "大模型与保险", [1]],
		["**大模型与保险**\n\n正文", "大模型与保险", [1]],
		["## 大模型与保险\n正文", "大模型与保险", [1]],
		["开头一段话。\n\n## 大模型与保险\n", "大模型与保险", [3]],
		["**标题：** 大模型与保险\n\n正文", "大模型与保险", [1]],
		["**标题**：大模型与保险\n\n正文", "大模型与保险", [1]],
		["> Title: LLMs in Insurance\n\n正文", "LLMs in Insurance", [1]],
		["大模型与保险\n\n正文第一段。", "大模型与保险", [1]],
	])("%j → %s", (text, title, lines) => {
		expect(findTitle(text.split("\n"), "a.txt")).toEqual({ title, lines });
	});

	it.each([
		"### 背景介绍\n\n正文。\n\n### 方法\n",
		"## 1. 引言\n\n正文。",
		"## Introduction\n\nText.",
		"### 文章标题\n\n## 背景介绍\n",
		"#### 1. 如何训练大模型？\n\n**答案：** 先预训练。",
		"#### 如何训练大模型？\n\n答案：先预训练。",
		"## 一、现状\n\n正文。",
	])("never takes a section name, a numbered section or a question item as the title: %j", (text) => {
		expect(locateTitle(text.split("\n"))).toBeUndefined();
	});

	it("fails on a document with no title, suggesting --title", () => {
		expect(() => findTitle(["只是一段话。", "", "又一段话。"], "a.txt")).toThrow(
			"a.txt:1  找不到标题：请在第一行写「# 标题」、「**标题**」或「标题：……」，或用 --title 指定",
		);
	});

	it("finds where a document starts over with its blog version", () => {
		const lines = [
			"**保险**",
			"正文",
			"### 博客标题：",
			"《保险》",
			"正文",
			"# 保险",
			"```",
			"# 保险",
			"```",
		];
		const title = findTitle(lines, "a.txt");
		expect(findRepeats(lines, title)).toEqual([
			{ title: "保险", lines: [3, 4] },
			{ title: "保险", lines: [6] },
		]);
	});
});

describe("cleanLines", () => {
	const text = [
		"# 标题",
		"关键词：风控，大模型、评分卡",
		"> Abstract: 一句话摘要。",
		"作者：王芳",
		"-----",
		"![图](https://via.placeholder.com/300x100)",
		"```text",
		"-----",
		"```",
		"### 完成博客撰写，如需进一步修改或补充，请告知。",
		"#### 作者：",
		"[您的名称]",
	].join("\n");
	const cleaned = cleanLines(text);

	it("reads metadata lines and blanks them", () => {
		expect(cleaned.metadata).toEqual({
			keywords: ["风控", "大模型", "评分卡"],
			abstract: "一句话摘要。",
			author: "王芳",
			lines: { keywords: 2, abstract: 3, author: 4 },
		});
		expect(cleaned.lines.slice(1, 4)).toEqual(["", "", ""]);
	});

	it("drops boilerplate with its line number but leaves code alone", () => {
		expect(cleaned.dropped.map((note) => note.line)).toEqual([5, 6, 10, 11, 12]);
		expect(cleaned.lines[7]).toBe("-----");
		expect(cleaned.lines).toHaveLength(12);
	});

	it("does not take a placeholder as the author", () => {
		expect(cleanLines("作者：[您的名称]").metadata.author).toBeUndefined();
	});
});

describe("findUnclosedFence", () => {
	it.each([
		[["```python", "x = 1", "```"], undefined],
		[["text", "```python", "x = 1"], 2],
		[["````md", "```", "````"], undefined],
		[["~~~", "```", "~~~", "```js"], 4],
	])("%j → %s", (lines, line) => {
		expect(findUnclosedFence(lines)).toBe(line);
	});
});

describe("normalizeHeadings", () => {
	it.each([
		[
			[5, 5, 6, 5],
			[2, 2, 3, 2],
		],
		[
			[4, 6, 4],
			[2, 3, 2],
		],
		[
			[2, 4, 4, 3],
			[2, 3, 3, 3],
		],
		[
			[1, 2, 3],
			[2, 3, 4],
		],
	])("%j → %j", (written, expected) => {
		const blocks = written.map((depth) => ({ type: "heading" as const, depth: depth as 1, children: [] }));
		normalizeHeadings(blocks);
		expect(blocks.map((block) => block.depth)).toEqual(expected);
	});
});

describe("promoteDisplayMath", () => {
	it("turns a one-line $$…$$ paragraph into display math and leaves inline math alone", () => {
		const source = "$$ a = b + c $$\n\n其中 $a$ 为和。\n";
		const tree = parseMarkdown(source);
		expect(promoteDisplayMath(tree, source)).toBe(1);
		expect(printMarkdown(tree)).toBe("$$\na = b + c\n$$\n\n其中 $a$ 为和。\n");
	});
});

describe("question similarity", () => {
	it("ignores numbering, labels and punctuation", () => {
		expect(normalizeQuestion("Q3：如何评估 RAG 的效果？")).toBe(normalizeQuestion("3. 如何评估RAG的效果?"));
	});

	it("sees a changed particle as the same question and another metric as a look-alike", () => {
		expect(normalizeQuestion("如何处理大模型的存储和部署问题？")).toBe(
			normalizeQuestion("如何处理大模型存储与部署问题"),
		);
		const same = similarity(
			normalizeQuestion("知识库中的退换货政策多久需要同步一次？"),
			normalizeQuestion("知识库中的退换货政策多久需同步一次"),
		);
		expect(same).toBeGreaterThanOrEqual(SAME_QUESTION);
		expect(normalizeQuestion("如何压缩大模型？")).not.toBe(normalizeQuestion("如何压缩小模型？"));
		const alike = similarity(
			normalizeQuestion("如何衡量检索结果的召回率？"),
			normalizeQuestion("如何衡量检索结果的精确率？"),
		);
		expect(alike).toBeGreaterThanOrEqual(LOOKS_ALIKE);
		expect(alike).toBeLessThan(SAME_QUESTION);
	});
});

describe("classification", () => {
	it.each([
		["如何用 LoRA 微调大模型？", "", "训练与优化"],
		["如何降低推理延迟并部署到边缘设备？", "", "推理与部署"],
		["如何评估模型的召回率？", "", "评估与可解释性"],
		["如何对训练数据做隐私脱敏？", "", "数据与安全"],
		["大模型在银行信贷中怎么用？", "银行 金融 风控", "行业应用"],
		["这是一道题？", "", "基础概念"],
	])("%s → %s", (title, body, category) => {
		expect(inferCategory(title, body)).toBe(category);
	});

	it("names industries only when the text is clearly about them", () => {
		expect(inferIndustries("医院病历如何结构化？", "")).toEqual(["医疗"]);
		expect(inferIndustries("如何进行知识蒸馏？", "教师模型的软标签交给学生模型")).toEqual(["通用"]);
	});

	it.each([
		["什么是知识蒸馏？", "入门"],
		["如何设计一个分布式推理系统？", "高级"],
		["如何选择学习率？", "进阶"],
	])("%s → %s", (title, difficulty) => {
		expect(inferDifficulty(title)).toBe(difficulty);
	});

	it("tags from topic words, falling back when none match", () => {
		expect(inferTags("如何量化并剪枝？", "量化 量化", "x")).toEqual(["量化", "剪枝"]);
		expect(inferTags("一道题？", "", "推理与部署")).toEqual(["推理与部署"]);
	});
});

describe("slugify", () => {
	it("spells Chinese in pinyin, keeps ASCII words and stops at a word boundary", () => {
		expect(slugify("如何进行元学习（Meta-Learning）？")).toBe("ru-he-jin-xing-yuan-xue-xi-meta-learning");
		expect(slugify("大模型对传统行业的冲击和机遇与挑战以及未来的发展方向")).toMatch(/^[a-z0-9-]{1,48}$/);
		expect(slugify("？？")).toBe("entry");
	});

	it("adds a number when the slug is taken", () => {
		expect(uniqueSlug("a", new Set(["a", "a-2"]))).toBe("a-3");
		expect(uniqueSlug("b", new Set(["a"]))).toBe("b");
	});
});

describe("scanFences", () => {
	it("marks fence lines and their content, and only a matching fence closes", () => {
		expect(scanFences(["a", "````md", "```", "````", "b"]).inCode).toEqual([false, true, true, true, false]);
		expect(scanFences(["~~~", "x", "~~~", "```js"])).toEqual({
			inCode: [true, true, true, true],
			unclosed: 4,
		});
		expect(scanFences(["``` inline ``` code", "c"]).inCode).toEqual([false, false]);
	});
});
