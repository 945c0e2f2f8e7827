import { readFileSync } from "node:fs";
import { toString as textOf } from "mdast-util-to-string";
import { describe, expect, it } from "vitest";
import { type ImportedDocument, importDocument } from "../../src/importer/import-document.ts";
import { type PartLabel, takePartLabel } from "../../src/importer/question-bank.ts";
import { parseMarkdown } from "../../src/markdown/dialect.ts";
import { BAD, lintImport } from "../helpers/import.ts";

const STRUCTURE = "tests/fixtures/import/structure";
const load = (name: string, title?: string): ImportedDocument =>
	importDocument(`${STRUCTURE}/${name}`, readFileSync(`${STRUCTURE}/${name}`), {
		date: "2026-11-01",
		...(title ? { title } : {}),
	});

describe("labels in the forms writers use", () => {
	const label = (markdown: string): [string, string] | undefined => {
		const paragraph = parseMarkdown(markdown).children[0];
		if (paragraph?.type !== "paragraph") return undefined;
		const found: PartLabel | undefined = takePartLabel(paragraph);
		return found ? [found.name, found.rest ? textOf(found.rest) : ""] : undefined;
	};
	it.each([
		["**答案：** 先做清洗", ["answer", "先做清洗"]],
		["**答案**：先做清洗", ["answer", "先做清洗"]],
		["**答案**", ["answer", ""]],
		["答案：先做清洗", ["answer", "先做清洗"]],
		["答案: 先做清洗", ["answer", "先做清洗"]],
		["答案", ["answer", ""]],
		["A1：先做清洗", ["answer", "先做清洗"]],
		["**举例：** 比如这样", ["example", "比如这样"]],
		["解析：因为如此", ["analysis", "因为如此"]],
		["**题目：** 为什么要清洗？", ["question", "为什么要清洗？"]],
		["Q2: 为什么要清洗?", ["question", "为什么要清洗?"]],
	])("%s", (markdown, expected) => {
		expect(label(markdown)).toEqual(expected);
	});

	it.each(["答案是先做清洗。", "A 股市场的数据", "分析数据时要先清洗。", "Answering this takes time."])(
		"%s is not a label",
		(markdown) => {
			expect(label(markdown)).toBeUndefined();
		},
	);
});

describe("a bank recognised by its items, with no heading naming it", () => {
	const document = load("bank-without-heading.txt");

	it("imports every item as a question and no article", () => {
		expect(document.report.title).toBe("港口调度引入大模型后，值班员的一天变了样");
		expect(document.article).toBeUndefined();
		expect(document.questions.map((question) => question.title)).toEqual([
			"如何让大模型读懂泊位计划表？",
			"调度问答系统如何评估回答是否正确？",
			"为什么要限制模型直接修改调度计划？",
		]);
	});

	it("keeps a 题目 part that states the question in full, and drops one that only repeats it", () => {
		const [first, second] = document.questions;
		expect(first?.body).toMatch(/^港口的泊位计划表由多个系统导出.*？\n\n## 答案\n/);
		expect(second?.body).toMatch(/^## 答案\n/);
		expect(first?.body).toMatch(/## 示例代码\n\n下面的代码/);
	});

	it("writes entries that pass every content rule", async () => {
		expect(await lintImport(document)).toEqual([]);
	});
});

describe("a document that is only a bank", () => {
	const document = load("bank-only-plain-labels.txt");

	it("needs no title, reads plain labels and leaves nothing in an article", () => {
		expect(document.article).toBeUndefined();
		expect(document.questions).toHaveLength(3);
		expect(document.questions[0]?.body).toMatch(/^## 答案\n\n上下文窗口是.*\n\n## 解析\n\n窗口越大/s);
	});

	it("writes entries that pass every content rule", async () => {
		expect(await lintImport(document)).toEqual([]);
	});
});

describe("a FAQ inside an article, under a heading that does not say 题库", () => {
	const document = load("faq-inside-article.txt");

	it("takes the Q/A pairs as questions and keeps the sections after them in the article", () => {
		expect(document.questions.map((question) => question.title)).toEqual([
			"模型标出的差异可以直接发给客户吗？",
			"客户合同能上传到公有云吗？",
		]);
		expect(document.questions[0]?.body).toBe(
			"## 答案\n\n不可以，模型的标注只是初筛结果，律师必须逐条复核后才能形成意见。",
		);
		expect(document.article?.body).toMatch(/## 背景[\s\S]+## 结语/);
		expect(document.article?.body).not.toContain("常见疑问");
	});
});

describe("titles and metadata", () => {
	it("reads English and bold metadata in a block quote", () => {
		const { article, report } = load("metadata-forms.txt");
		expect(report.title).toBe("大模型辅助的电网负荷预测");
		expect(article).toMatchObject({ author: "周宁", date: "2026-03-05" });
		expect(article?.tags).toEqual(["负荷预测", "电网", "time series"]);
		expect(article?.body).not.toMatch(/Title|Author|Date|关键词/);
	});

	it("never takes a section name as the title, and takes --title instead", () => {
		const path = `${BAD}/generic-heading-no-title.txt`;
		expect(() => importDocument(path, readFileSync(path), { date: "2026-11-01" })).toThrow(
			`${path}:1  找不到标题`,
		);
		const titled = importDocument(path, readFileSync(path), {
			date: "2026-11-01",
			title: "大模型分拣理赔材料",
		});
		expect(titled.article?.title).toBe("大模型分拣理赔材料");
		expect(titled.article?.body).toMatch(/^## 背景介绍/);
		expect(titled.article?.description.length).toBeLessThanOrEqual(240);
	});

	it("refuses a document with only a title, saying so", () => {
		const path = `${BAD}/only-title.txt`;
		expect(() => importDocument(path, readFileSync(path), { date: "2026-11-01" })).toThrow(
			`${path}:1  只有标题「大模型在保险理赔中的应用」，没有正文也没有题目`,
		);
	});
});

describe("questions and parts on consecutive lines (one Markdown paragraph)", () => {
	it("splits them at each label", () => {
		const text = [
			"# 大模型客服的常见疑问",
			"",
			"客服团队每天要回答大量重复的问题，大模型可以先给出草稿，再由坐席确认后发送给客户。",
			"",
			"Q1：模型的回答可以直接发给客户吗？",
			"A1：不可以，必须由坐席确认。",
			"",
			"**Q：知识库多久更新一次？**",
			"**A**：每周一次，政策变化时立即更新。",
			"",
			"1. **问题：** 如何处理模型答不上来的情况？",
			"   **答案：** 转接人工，并把问题记入待补充清单。",
			"",
			"#### 4. 如何评估坐席对草稿的采纳率？",
			"题目",
			"坐席采纳模型草稿的比例应该怎样统计？",
			"答案",
			"统计草稿被原样或小改后发送的比例。",
		].join("\n");
		const document = importDocument("compact.md", new TextEncoder().encode(text), { date: "2026-11-01" });
		expect(document.questions.map((question) => [question.title, question.line, question.body])).toEqual([
			["模型的回答可以直接发给客户吗？", 5, "## 答案\n\n不可以，必须由坐席确认。"],
			["知识库多久更新一次？", 8, "## 答案\n\n每周一次，政策变化时立即更新。"],
			["如何处理模型答不上来的情况？", 11, "## 答案\n\n转接人工，并把问题记入待补充清单。"],
			[
				"如何评估坐席对草稿的采纳率？",
				14,
				"坐席采纳模型草稿的比例应该怎样统计？\n\n## 答案\n\n统计草稿被原样或小改后发送的比例。",
			],
		]);
	});
});
