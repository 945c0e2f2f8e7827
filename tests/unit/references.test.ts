import { describe, expect, it } from "vitest";
import { findBrokenReferences, formatProblems, lineOfValue } from "../../src/lib/references.ts";

const source = (related: string[], sourceId?: string) =>
	[
		"---",
		"title: 什么是 KV 缓存？",
		"category: 推理与部署",
		"related:",
		...related.map((id) => `  - ${id}`),
		...(sourceId ? [`source: ${sourceId}`] : []),
		"---",
		"",
		"## 答案",
	].join("\n");

const entry = (id: string, related: string[], sourceId?: string) => ({
	id,
	filePath: `content/questions/${id}.md`,
	source: source(related, sourceId),
	data: { related, source: sourceId },
});

describe("findBrokenReferences", () => {
	it("accepts links to existing entries", () => {
		const questions = [entry("a", ["b"], "article-1"), entry("b", ["a"])];
		expect(findBrokenReferences(questions, new Set(["article-1"]))).toEqual([]);
	});

	it("reports a missing question with its file, line and field", () => {
		const problems = findBrokenReferences([entry("a", ["b", "missing"])], new Set());
		expect(problems).toEqual([
			{
				file: "content/questions/a.md",
				line: 5,
				field: "related[0]",
				message: "找不到面试题「b」：请改成 content/questions/ 下已有的文件名（不带 .md），或删除这一项",
			},
			expect.objectContaining({ line: 6, field: "related[1]" }),
		]);
	});

	it("reports a question that links to itself", () => {
		const [problem] = findBrokenReferences([entry("a", ["a"])], new Set());
		expect(problem?.message).toBe("「a」指向本题自身，请删除这一项");
	});

	it("reports a missing source article", () => {
		const problems = findBrokenReferences([entry("a", [], "no-such-article")], new Set(["article-1"]));
		expect(formatProblems(problems)).toBe(
			"content/questions/a.md:5  source: 找不到文章「no-such-article」：请改成 content/articles/ 下已有的文件名（不带 .md），或删除 source",
		);
	});
});

describe("lineOfValue", () => {
	it("finds an inline list value on the field's line", () => {
		expect(lineOfValue("---\ntitle: x\nrelated: [a, b]\n---", "related", "b")).toBe(3);
	});

	it("falls back to line 1 when the field is absent", () => {
		expect(lineOfValue("---\ntitle: x\n---", "related", "b")).toBe(1);
	});
});
