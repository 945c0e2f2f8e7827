import { describe, expect, it } from "vitest";
import { markExcerpt, wordPattern } from "../../src/search/mark-excerpt.ts";

describe("markExcerpt", () => {
	it("marks the places of a query word that Pagefind left plain, and keeps its own marks", () => {
		// As the index returns it for 大模型 when 模型 kept only its first place on the page.
		const excerpt = "<mark>大</mark>语言<mark>模型</mark>；大模型编造延误理由，模型自己不知道";
		expect(markExcerpt(excerpt, ["大模型", "大", "模型"])).toBe(
			"<mark>大</mark>语言<mark>模型</mark>；<mark>大模型</mark>编造延误理由，<mark>模型</mark>自己不知道",
		);
	});

	it("leaves single characters alone: 大 would light up half an excerpt", () => {
		expect(markExcerpt("大数据和大规模", ["大"])).toBe("大数据和大规模");
		expect(wordPattern(["大", "a"])).toBeNull();
	});

	it("matches Latin words from a word start to its end, ignoring case", () => {
		expect(markExcerpt("Large Language Models; remodel", ["model"])).toBe(
			"Large Language <mark>Models</mark>; remodel",
		);
		expect(markExcerpt("LLM 与 llm-based 系统", ["llm"])).toBe(
			"<mark>LLM</mark> 与 <mark>llm</mark>-based 系统",
		);
	});

	it("keeps the text escaped: the result holds only text and marks", () => {
		const excerpt = "if a &lt; b &amp;&amp; <mark>缓存</mark> &quot;命中&quot;：&lt;script&gt;缓存";
		const html = markExcerpt(excerpt, ["缓存", "命中"]);
		expect(html).toBe(
			"if a &#60; b &#38;&#38; <mark>缓存</mark> &#34;<mark>命中</mark>&#34;：&#60;script&#62;<mark>缓存</mark>",
		);
		expect(html.replace(/<\/?mark>/g, "")).not.toMatch(/[<>]/);
	});

	it("treats the words as text, not patterns", () => {
		expect(markExcerpt("C++ 与 C# 和 a.b", ["c++", "a.b"])).toBe(
			"<mark>C++</mark> 与 C# 和 <mark>a.b</mark>",
		);
		expect(markExcerpt("axb", ["a.b"])).toBe("axb");
	});

	it("returns the excerpt as it was when there is nothing to mark", () => {
		const excerpt = "a &amp; b <mark>模型</mark>";
		expect(markExcerpt(excerpt, [])).toBe(excerpt);
		expect(markExcerpt(excerpt, ["大"])).toBe(excerpt);
	});
});
