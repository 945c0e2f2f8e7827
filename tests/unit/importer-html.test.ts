import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { importDocument } from "../../src/importer/import-document.ts";
import { planWrites } from "../../src/importer/plan-writes.ts";
import { htmlToText } from "../../src/importer/strip-html.ts";

const HOSTILE = "tests/fixtures/import/hostile/raw-html.txt";

describe("htmlToText", () => {
	it.each([
		['<script>alert("x")</script>正文', "正文"],
		['<img src="x" onerror="alert(1)">', ""],
		['<a href="javascript:alert(1)">链接</a>', "链接"],
		["<b>加粗</b>与<i>斜体</i>", "加粗与斜体"],
		["<style>p{}</style><iframe src=x></iframe>", ""],
		["a < b 且 c > d", "a < b 且 c > d"],
	])("%s → %j", (html, text) => {
		expect(htmlToText(html)).toBe(text);
	});
});

describe("raw HTML in an imported document", () => {
	const document = importDocument(HOSTILE, readFileSync(HOSTILE), { date: "2026-11-01" });
	const [plan] = planWrites([document], [], false);
	const written = (plan?.writes ?? []).map((write) => write.text).join("\n");

	it("is removed from every entry file, text kept", () => {
		expect(written).not.toMatch(/<\/?(script|img|iframe|div|a)\b|onerror|onclick|javascript:alert/i);
		expect(written).toContain("带有点击事件的块");
		expect(written).toContain("这个原始链接");
	});

	it("is reported, each removal with its line", () => {
		const lines = document.report.warnings
			.filter((note) => /^(原始 HTML |危险链接)已删除/.test(note.message))
			.map((note) => note.line);
		expect(lines).toEqual([5, 9, 11, 11, 11, 13, 15, 25]);
	});

	it("never reaches a title or a slug", () => {
		const text = [
			"# 客服安全<script>alert(1)</script>的<b>边界</b>",
			"",
			"## 题目",
			"",
			"#### 1. 如何<b>防止</b>提示<img src=x onerror=alert(1)>注入？",
			"",
			"**答案：** 把用户输入与系统指令分开，并对输出做过滤。",
		].join("\n");
		const doc = importDocument("t.md", new TextEncoder().encode(text), { date: "2026-11-01" });
		expect(doc.report.title).toBe("客服安全的边界");
		expect(doc.questions.map((question) => question.title)).toEqual(["如何防止提示注入？"]);
		const paths = (planWrites([doc], [], false)[0]?.writes ?? []).map((write) => write.path);
		for (const path of paths) expect(path).toMatch(/^(articles|questions)\/[a-z0-9-]+\.md$/);
	});
});
