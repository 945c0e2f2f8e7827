import { describe, expect, it } from "vitest";
import { articleSchema } from "../../src/schemas/article.ts";
import { questionSchema } from "../../src/schemas/question.ts";

const article = {
	title: "大模型如何改变信贷风控",
	description: "从评分卡到文本特征，讲清楚大模型在风控中的位置。",
	date: "2026-10-01",
	tags: ["风控", "可解释性"],
	industries: ["金融"],
};

const question = {
	title: "为什么自注意力要除以根号 d_k？",
	category: "基础概念",
	difficulty: "进阶",
	industries: ["通用"],
	tags: ["Transformer"],
};

/** The first issue's path and message, as Astro prints them for bad frontmatter. */
function firstIssue(result: {
	success: boolean;
	error?: { issues: { path: PropertyKey[]; message: string }[] };
}) {
	const issue = result.error?.issues[0];
	return issue && { path: issue.path.join("."), message: issue.message };
}

describe("articleSchema", () => {
	it("accepts a complete article and fills defaults", () => {
		const parsed = articleSchema.parse(article);
		expect(parsed.date).toEqual(new Date("2026-10-01"));
		expect(parsed.draft).toBe(false);
		expect(parsed.author).toBeUndefined();
	});

	it.each([
		[{ ...article, title: "" }, "title", "标题至少 2 个字"],
		[{ ...article, description: "太短" }, "description", "摘要至少 10 个字"],
		[{ ...article, date: "下周" }, "date", "date 需要形如 2026-10-01 的日期"],
		[{ ...article, tags: [] }, "tags", "至少填写一个标签"],
		[{ ...article, tags: ["风控", "风控"] }, "tags", "标签不能重复"],
		[{ ...article, industries: [] }, "industries", "至少填写一个行业"],
	])("rejects %j at %s", (input, path, message) => {
		expect(firstIssue(articleSchema.safeParse(input))).toEqual({ path, message });
	});

	it("names the allowed industries when one is unknown", () => {
		const issue = firstIssue(articleSchema.safeParse({ ...article, industries: ["航天"] }));
		expect(issue?.path).toBe("industries.0");
		expect(issue?.message).toContain("金融");
	});
});

describe("questionSchema", () => {
	it("accepts a question and defaults related to an empty list", () => {
		const parsed = questionSchema.parse({ ...question, source: "finance-llm-risk-control" });
		expect(parsed.related).toEqual([]);
		expect(parsed.source).toBe("finance-llm-risk-control");
	});

	it("lists the allowed values of a fixed field", () => {
		expect(firstIssue(questionSchema.safeParse({ ...question, category: "杂项" }))).toEqual({
			path: "category",
			message: "分类只能是：基础概念 / 训练与优化 / 推理与部署 / 评估与可解释性 / 数据与安全 / 行业应用",
		});
		expect(firstIssue(questionSchema.safeParse({ ...question, difficulty: "困难" }))?.message).toBe(
			"难度只能是：入门 / 进阶 / 高级",
		);
	});

	it.each([
		[{ ...question, category: "杂项" }, "category"],
		[{ ...question, difficulty: "困难" }, "difficulty"],
		[{ ...question, related: ["Not A Slug"] }, "related.0"],
		[{ ...question, source: "文章" }, "source"],
	])("rejects %j at %s", (input, path) => {
		expect(firstIssue(questionSchema.safeParse(input))?.path).toBe(path);
	});

	it("explains what an entry id must look like", () => {
		const issue = firstIssue(questionSchema.safeParse({ ...question, related: ["kv cache"] }));
		expect(issue?.message).toBe("请填写条目的文件名（小写字母、数字和连字符，不带扩展名）");
	});
});
