import { describe, expect, it } from "vitest";
import { tagSlug } from "../../src/lib/tag-slug.ts";
import { createUrls } from "../../src/lib/urls.ts";

describe("tagSlug", () => {
	it.each([
		["风控", "feng-kong"],
		["LoRA", "lora"],
		["LoRA 微调", "lora-wei-tiao"],
		["Transformer", "transformer"],
		["F1 分数", "f1-fen-shu"],
		["大模型", "da-mo-xing"],
	])("%s → %s", (tag, slug) => {
		expect(tagSlug(tag)).toBe(slug);
	});

	it("gives only ASCII", () => {
		expect(tagSlug("知识蒸馏与量化")).toMatch(/^[a-z0-9-]+$/);
	});

	it("rejects a tag with nothing to spell", () => {
		expect(() => tagSlug("——")).toThrow("标签「——」无法生成网址");
	});
});

describe("createUrls", () => {
	it("builds every path under the root base", () => {
		const urls = createUrls("/");
		expect(urls.home()).toBe("/");
		expect(urls.article("kv-cache")).toBe("/articles/kv-cache/");
		expect(urls.question("kv-cache")).toBe("/questions/kv-cache/");
		expect(urls.category("training")).toBe("/questions/training/");
		expect(urls.tagBySlug("feng-kong")).toBe("/tags/feng-kong/");
		expect(urls.search()).toBe("/search/");
		expect(urls.interview()).toBe("/interview/");
		expect(urls.search("注意力 机制")).toBe("/search/?q=%E6%B3%A8%E6%84%8F%E5%8A%9B%20%E6%9C%BA%E5%88%B6");
		expect(urls.rss()).toBe("/rss.xml");
		expect(urls.asset("/favicon.svg")).toBe("/favicon.svg");
	});

	it.each(["/docs", "/docs/"])("prefixes the base path %s", (base) => {
		const urls = createUrls(base);
		expect(urls.home()).toBe("/docs/");
		expect(urls.questions()).toBe("/docs/questions/");
		expect(urls.interview()).toBe("/docs/interview/");
		expect(urls.asset("favicon.svg")).toBe("/docs/favicon.svg");
	});
});
