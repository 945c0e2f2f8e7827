import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
	inferArticleIndustries,
	inferCategory,
	inferIndustries,
	inferTags,
} from "../../src/importer/classify.ts";
import { Vocabulary } from "../../src/lib/vocabulary.ts";
import type { Category, Industry } from "../../src/schemas/taxonomy.ts";

/** The labelled set: question titles written for this test, with the category and industries a reader expects. */
const LABELLED = readFileSync("tests/fixtures/import/classification.tsv", "utf8")
	.split("\n")
	.filter((line) => line.trim() !== "" && !line.startsWith("#"))
	.map((line) => {
		const [title = "", category = "", industries = ""] = line.split("\t");
		return { title, category: category as Category, industries: industries.split(",") as Industry[] };
	});

describe("the classifier on a labelled set of questions", () => {
	const results = LABELLED.map((item) => ({
		...item,
		gotCategory: inferCategory(item.title),
		gotIndustries: inferIndustries(item.title),
	}));
	const categoryRight = results.filter((r) => r.gotCategory === r.category).length;
	const industriesRight = results.filter(
		(r) => [...r.gotIndustries].sort().join() === [...r.industries].sort().join(),
	).length;

	it("has at least 80 labelled questions", () => {
		expect(LABELLED.length).toBeGreaterThanOrEqual(80);
	});

	it("files at least 90% in the expected category and names exactly the expected industries for at least 90%", () => {
		const misses = results
			.filter((r) => r.gotCategory !== r.category || r.gotIndustries.join() !== r.industries.join())
			.map((r) => `${r.title}  期望 ${r.category}/${r.industries} 得到 ${r.gotCategory}/${r.gotIndustries}`);
		console.log(
			`分类准确率 ${categoryRight}/${results.length} = ${((100 * categoryRight) / results.length).toFixed(1)}%，` +
				`行业完全一致 ${industriesRight}/${results.length} = ${((100 * industriesRight) / results.length).toFixed(1)}%\n${misses.join("\n")}`,
		);
		expect(categoryRight / results.length).toBeGreaterThanOrEqual(0.9);
		expect(industriesRight / results.length).toBeGreaterThanOrEqual(0.9);
	});
});

describe("industries", () => {
	it("come from a question's own text: 通用 when it names none, whatever its answer's examples", () => {
		expect(
			inferIndustries("大模型是如何训练出来的？", "例如在医疗、制造和金融行业都有人训练自己的模型。"),
		).toEqual(["通用"]);
		expect(inferIndustries("如何结构化处理数据？", "医院的病历……病历……患者……")).toEqual(["医疗"]);
	});

	it("of an article come from its dominant subject, not one passing mention or a survey", () => {
		const passing = `${"大模型改变了许多工作。".repeat(20)}例如在广告行业，大模型可以精准投放广告。`;
		expect(inferArticleIndustries("大模型对传统行业的冲击", passing)).toEqual(["通用"]);
		const survey = "金融行业用它做风控。医疗行业用它读病历。制造业用它做质检。".repeat(2);
		expect(inferArticleIndustries("大模型的行业应用", survey)).toEqual(["通用"]);
		const dominant = "电网调度……负荷……电力公司……电网……风电……电网。".repeat(2);
		expect(inferArticleIndustries("调度中的大模型", dominant)).toEqual(["能源"]);
		expect(inferArticleIndustries("大模型在保险理赔中的应用", "")).toEqual(["金融"]);
	});
});

describe("tags", () => {
	const vocabulary = new Vocabulary([
		{ term: "大模型", aliases: ["LLM", "大语言模型"] },
		{ term: "KV 缓存", aliases: ["KV cache", "键值缓存"] },
		{ term: "幻觉", aliases: ["hallucination", "编造"] },
	]);

	it.each([
		["键值缓存为什么能加速生成？", "", ["KV 缓存"]],
		["如何减少 LLM 的 hallucination？", "", ["幻觉"]],
		["如何量化并剪枝？", "量化 量化", ["量化", "剪枝"]],
		["大模型会取代哪些岗位？", "", ["大模型"]],
	])("%s → %j, in the vocabulary's spelling, never a category's name", (title, body, tags) => {
		expect(inferTags(title, body, "大模型", 3, vocabulary)).toEqual(tags);
	});
});
