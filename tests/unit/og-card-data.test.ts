import { describe, expect, it } from "vitest";
import { createUrls } from "../../src/lib/urls.ts";
import { cardCacheKey, type RendererIdentity, stableJson } from "../../src/og/cache-key.ts";
import { articleCard, cardUrl, questionCard, siteCard } from "../../src/og/card-content.ts";

const renderer: RendererIdentity = {
	version: 1,
	fonts: ["@expo-google-fonts/noto-sans-sc@0.4.3/700Bold/NotoSansSC_700Bold.ttf"],
	design: { width: 1200, colors: { text: "#1c2024" } },
};
const question = questionCard(
	"kv-cache",
	{ title: "什么是 KV 缓存？", category: "推理与部署", difficulty: "进阶", industries: ["通用"] },
	"大模型行业观察",
);

describe("share card content", () => {
	it("gives a question its category, difficulty and title, and leaves out 通用", () => {
		expect(question.file).toBe("og/questions/kv-cache.png");
		expect(question.content).toMatchObject({
			kind: "question",
			kicker: "推理与部署",
			title: "什么是 KV 缓存？",
			badge: "进阶",
			tone: "intermediate",
			note: "面试题",
		});
		expect(question.alt).toContain("什么是 KV 缓存？");
		expect(question.alt).toContain("进阶");
	});

	it("gives an article its industries and kind instead of a difficulty", () => {
		const card = articleCard(
			"bank-risk",
			{ title: "大模型与信贷风控", industries: ["金融", "法律"], tags: ["风控", "合规", "可解释性", "审批"] },
			"大模型行业观察",
		);
		expect(card.file).toBe("og/articles/bank-risk.png");
		expect(card.content).toMatchObject({
			kind: "article",
			kicker: "金融 / 法律",
			badge: "文章",
			tone: "accent",
		});
		expect(card.content.note).toBe("风控 · 合规 · 可解释性");
		expect(card.alt).toContain("金融、法律");
	});

	it("has one site-wide card for the other pages", () => {
		expect(siteCard("站名", "站点简介").file).toBe("og/site.png");
	});
});

describe("cardUrl", () => {
	it("is absolute and keeps the base path when the site's address is known", () => {
		const path = createUrls("/kb/").asset(question.file);
		expect(cardUrl(path, new URL("https://example.org"))).toBe(
			"https://example.org/kb/og/questions/kv-cache.png",
		);
		expect(cardUrl(createUrls("/").asset(question.file), new URL("https://example.org/"))).toBe(
			"https://example.org/og/questions/kv-cache.png",
		);
	});

	it("stays a root-relative path without a site address", () => {
		expect(cardUrl("/kb/og/site.png", undefined)).toBe("/kb/og/site.png");
	});
});

describe("cardCacheKey", () => {
	const key = cardCacheKey(question.content, renderer);

	it("is a hex hash, the same for the same card however its keys are ordered", () => {
		expect(key).toMatch(/^[0-9a-f]{32}$/);
		const reordered = Object.fromEntries(Object.entries(question.content).reverse());
		expect(cardCacheKey(reordered, renderer)).toBe(key);
		expect(cardCacheKey(structuredClone(question.content), structuredClone(renderer))).toBe(key);
	});

	it.each([
		["the title", { content: { ...question.content, title: "什么是 KV 缓存" } }],
		["the difficulty", { content: { ...question.content, badge: "高级", tone: "advanced" } }],
		["the renderer version", { renderer: { ...renderer, version: 2 } }],
		[
			"a font",
			{
				renderer: {
					...renderer,
					fonts: ["@expo-google-fonts/noto-sans-sc@0.4.4/700Bold/NotoSansSC_700Bold.ttf"],
				},
			},
		],
		["the design", { renderer: { ...renderer, design: { width: 1200, colors: { text: "#000000" } } } }],
	])("changes with %s", (_what, change: { content?: object; renderer?: RendererIdentity }) => {
		expect(cardCacheKey(change.content ?? question.content, change.renderer ?? renderer)).not.toBe(key);
	});

	it("serialises nested objects with sorted keys", () => {
		expect(stableJson({ b: 1, a: { d: [2, { z: 1, y: 0 }], c: null } })).toBe(
			'{"a":{"c":null,"d":[2,{"y":0,"z":1}]},"b":1}',
		);
	});
});
