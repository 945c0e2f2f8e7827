import { describe, expect, it } from "vitest";
import { fuseScores, RARE_SHARE, termWeight } from "../../src/search/fuse-rankings.ts";
import {
	editDistanceAtMostOne,
	findMistyped,
	normalizeQuery,
	queryTerms,
	termQuery,
} from "../../src/search/query-terms.ts";
import { expansionsOf, mostLinked, readSearchData } from "../../src/search/search-data.ts";
import { simplifiedMap } from "../../src/search/simplified-map.ts";
import { suggestTags } from "../../src/search/suggest.ts";

/** A segmenter that splits on "|" and spaces, so tests do not depend on the runtime's ICU dictionary. */
const bars = (text: string) => text.split(/[|\s]+/).filter(Boolean);

const expansions = expansionsOf([
	{ term: "幻觉", aliases: ["hallucination", "一本正经地编造", "瞎编"] },
	{ term: "投机解码", aliases: ["speculative decoding"] },
	{ term: "解码", aliases: ["decoding"] },
	{ term: "KV 缓存", aliases: ["KV cache"] },
	{ term: "PagedAttention", aliases: ["分页注意力"] },
	{ term: "灾难性遗忘", aliases: ["catastrophic forgetting"] },
	{ term: "模型越大越好", aliases: ["模型越大"] },
]);

describe("queryTerms", () => {
	it("drops question words and particles, keeps the informative words", () => {
		const { typed } = queryTerms("为什么|大模型|需要|人类|反馈|呢", { segment: bars });
		expect(typed).toEqual(["大模型", "人类", "反馈"]);
	});

	it("reads a vocabulary phrase as its concept and keeps the reader's words beside it", () => {
		const { typed, concepts } = queryTerms("模型一本正经地编造事实", {
			expansions,
			segment: intlSegmentOf("模型|事实"),
		});
		expect(typed).toEqual(["模型", "一本正经地编造", "事实"]);
		expect(concepts).toEqual(["模型", "幻觉", "事实"]);
	});

	it("ignores spaces, width and case when matching a phrase", () => {
		expect(queryTerms("ＫＶ  CACHE 是什么", { expansions, segment: bars }).concepts).toEqual(["kv 缓存"]);
		expect(queryTerms("kv缓存", { expansions, segment: bars }).concepts).toEqual(["kv 缓存"]);
	});

	it("does not find an ASCII spelling inside a longer word", () => {
		expect(queryTerms("undecoding", { expansions, segment: bars }).concepts).toEqual(["undecoding"]);
	});

	it("joins two characters the segmenter split apart, as the index stores them, and drops particles", () => {
		expect(queryTerms("显|存|的|占用", { segment: bars }).typed).toEqual(["显存", "占用"]);
		expect(queryTerms("学习|率|吗", { segment: bars }).typed).toEqual(["学习", "率"]);
		expect(queryTerms("先|升|后|降", { segment: bars }).typed).toEqual(["先", "升", "后", "降"]);
	});

	it("folds traditional characters with the site's map", () => {
		expect(normalizeQuery("模型幻覺", { 覺: "觉" })).toBe("模型幻觉");
		expect(queryTerms("幻覺", { expansions, toSimplified: { 覺: "觉" }, segment: bars }).concepts).toEqual([
			"幻觉",
		]);
	});

	it("recognises a long phrase typed with one character wrong, missing or extra", () => {
		expect(queryTerms("灾难性遗望", { expansions, segment: bars }).concepts).toEqual(["灾难性遗忘"]);
		expect(queryTerms("灾难性性遗忘", { expansions, segment: bars }).concepts).toEqual(["灾难性遗忘"]);
		expect(queryTerms("pageattention", { expansions, segment: bars }).concepts).toEqual(["pagedattention"]);
	});

	it("does not take a four-character phrase one character off for a typo (模型给大 is not 模型越大)", () => {
		expect(queryTerms("模型给大", { expansions, segment: bars }).concepts).toEqual(["模型给大"]);
	});

	it("keeps an exact short spelling rather than calling it a typo of a longer one", () => {
		// 瞎编 is exact; it is not a mistyped 一本正经地编造.
		expect(queryTerms("瞎编", { expansions, segment: bars }).concepts).toEqual(["幻觉"]);
		expect(queryTerms("解码", { expansions, segment: bars }).concepts).toEqual(["解码"]);
	});

	it("drops the 越…越… frame of a trade-off question and keeps its topic", () => {
		expect(queryTerms("词表|是不是|越大|越好", { segment: bars }).typed).toEqual(["词表"]);
	});

	it("returns no terms for a query of fillers only", () => {
		expect(queryTerms("为什么|呢", { segment: bars }).typed).toEqual([]);
	});
});

/** A segmenter that knows the given "|"-separated words and splits the rest into characters. */
function intlSegmentOf(words: string) {
	const known = words.split("|");
	return (text: string) => {
		const out: string[] = [];
		let index = 0;
		while (index < text.length) {
			const word = known.find((candidate) => text.startsWith(candidate, index));
			out.push(word ?? text[index] ?? "");
			index += word?.length ?? 1;
		}
		return out.filter((piece) => piece.trim() !== "");
	};
}

describe("termQuery", () => {
	it("asks Pagefind for the words as the index stores them", () => {
		expect(termQuery("数据投毒", bars)).toBe("数据投毒");
		expect(termQuery("数据|投毒", bars)).toBe("数据 投毒");
		expect(termQuery("显|存", bars)).toBe("显存");
		expect(termQuery("先|升|后|降", bars)).toBe("先 升 后 降");
		expect(termQuery("学习|率", bars)).toBe("学习 率");
	});
});

describe("findMistyped and editDistanceAtMostOne", () => {
	it.each([
		["投机解码", "投技解码", true],
		["投机解码", "投解码", true],
		["投机解码", "投机机解码", true],
		["投机解码", "投技解马", false],
		["abc", "abc", true],
	])("%s ~ %s: %s", (a, b, expected) => {
		expect(editDistanceAtMostOne(a, b)).toBe(expected);
	});

	it("leaves short spellings alone: one edit from a two-character word is anything", () => {
		expect(findMistyped("显卡", expansionsOf([{ term: "显存", aliases: ["GPU memory"] }]))).toBeUndefined();
	});
});

describe("fuseScores", () => {
	it("ranks a page strong on several terms above one strong on a single term", () => {
		expect(
			fuseScores([
				{ ids: ["a", "b"], scores: [10, 8], weight: 1 },
				{ ids: ["c", "b"], scores: [6, 5], weight: 1 },
			]),
		).toEqual(["b", "a", "c"]);
	});

	it("lets a heavier term win, and compares scores within each term's list", () => {
		expect(
			fuseScores([
				{ ids: ["a"], scores: [40], weight: 1 },
				{ ids: ["b"], scores: [2], weight: 3 },
			]),
		).toEqual(["b", "a"]);
	});

	it("counts a list without scores by rank", () => {
		expect(fuseScores([{ ids: ["a", "b", "c"], weight: 1 }])).toEqual(["a", "b", "c"]);
	});
});

describe("termWeight", () => {
	it("weighs rare terms above common ones and unmatched terms at zero", () => {
		expect(termWeight(20, 300)).toBeGreaterThan(termWeight(60, 300));
		expect(termWeight(60, 300)).toBeGreaterThan(termWeight(200, 300));
		expect(termWeight(0, 300)).toBe(0);
	});

	it("weighs every term rarer than a tenth of the pages the same", () => {
		expect(termWeight(1, 300)).toBe(termWeight(RARE_SHARE * 300, 300));
		expect(termWeight(2, 10_000)).toBe(termWeight(1_000, 10_000));
		expect(termWeight(1_001, 10_000)).toBeLessThan(termWeight(1_000, 10_000));
	});
});

describe("suggestions", () => {
	const tags = [
		{ label: "提示注入", count: 3 },
		{ label: "提示工程", count: 5 },
		{ label: "风控", count: 9 },
	];

	it("offers the tags that share words with the query, closest first", () => {
		expect(suggestTags("提示注入攻击", tags, 5).map((tag) => tag.label)).toEqual(["提示注入", "提示工程"]);
	});

	it("offers nothing for an unrelated query", () => {
		expect(suggestTags("天气预报", tags, 5)).toEqual([]);
	});

	it("lists the questions most linked from others", () => {
		expect(
			mostLinked(
				[
					{ id: "a", related: ["b", "c"] },
					{ id: "b", related: ["c"] },
					{ id: "c", related: ["a", "a"] },
				],
				2,
			),
		).toEqual(["c", "a"]);
	});
});

describe("simplifiedMap", () => {
	it("maps the traditional forms of the site's characters to them, and nothing else", () => {
		const map = simplifiedMap(["幻觉", "模型评估"]);
		expect(map["覺"]).toBe("觉");
		expect(map["評"]).toBe("评");
		expect(map["模"]).toBeUndefined();
		expect(Object.values(map).every((char) => "幻觉模型评估".includes(char))).toBe(true);
	});
});

describe("readSearchData", () => {
	it("unpacks the compact file the build writes", () => {
		const data = readSearchData({
			pages: 3,
			concepts: [["幻觉", "hallucination"]],
			toSimplified: "覺觉評评",
			tags: [["风控", "/tags/feng-kong/", 4]],
			popular: [["什么是幻觉？", "/questions/h/"]],
		});
		expect(data.expansions).toEqual([
			{ spelling: "幻觉", term: "幻觉" },
			{ spelling: "hallucination", term: "幻觉" },
		]);
		expect(data.toSimplified).toEqual({ 覺: "觉", 評: "评" });
		expect(data.tags).toEqual([{ label: "风控", url: "/tags/feng-kong/", count: 4 }]);
		expect(data.popular).toEqual([{ title: "什么是幻觉？", url: "/questions/h/" }]);
	});

	it("gives empty data for a file of another shape, so search still works", () => {
		expect(readSearchData({})).toEqual({ pages: 1, expansions: [], toSimplified: {}, tags: [], popular: [] });
	});
});
