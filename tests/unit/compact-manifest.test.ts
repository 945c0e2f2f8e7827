import { describe, expect, it } from "vitest";
import {
	type CompactManifest,
	decodeManifest,
	encodeManifest,
	MANIFEST_VERSION,
	type ManifestSource,
} from "../../src/practice/compact-manifest.ts";
import type { BankItem } from "../../src/practice/facets.ts";

const question = (
	id: string,
	category: string,
	difficulty: string,
	industries: string[],
	tags: string[],
): ManifestSource => ({ id, data: { title: `题目 ${id}`, category, difficulty, industries, tags } });

const QUESTIONS = [
	question("lora", "训练与优化", "入门", ["通用"], ["LoRA", "微调"]),
	question("qlora", "训练与优化", "进阶", ["通用", "金融"], ["LoRA", "量化"]),
	question("kv-cache", "推理与部署", "进阶", ["通用"], []),
];
const urlOf = (id: string) => `/kb/questions/${id}/`;

describe("encodeManifest", () => {
	it("writes each category, difficulty, industry and tag once and refers to it by index", () => {
		expect(encodeManifest(QUESTIONS)).toEqual({
			v: MANIFEST_VERSION,
			c: ["训练与优化", "推理与部署"],
			d: ["入门", "进阶"],
			i: ["通用", "金融"],
			t: ["LoRA", "微调", "量化"],
			q: [
				["lora", "题目 lora", 0, 0, [0], [0, 1]],
				["qlora", "题目 qlora", 0, 1, [0, 1], [0, 2]],
				["kv-cache", "题目 kv-cache", 1, 1, [0], []],
			],
		});
	});

	it("is much smaller than the full items for a large bank", () => {
		const many = Array.from({ length: 2000 }, (_, index) =>
			question(`q-${index}`, "基础概念", "入门", ["通用"], [`tag-${index % 40}`, "共同标签"]),
		);
		const full: BankItem[] = decodeManifest(encodeManifest(many), urlOf);
		const compact = JSON.stringify(encodeManifest(many)).length;
		expect(compact).toBeLessThan(JSON.stringify(full).length * 0.5);
	});
});

describe("decodeManifest", () => {
	it("gives back every question, in order, with its page URL built from its id", () => {
		const items = decodeManifest(JSON.parse(JSON.stringify(encodeManifest(QUESTIONS))), urlOf);
		expect(items).toEqual(
			QUESTIONS.map(({ id, data }) => ({
				id,
				url: `/kb/questions/${id}/`,
				title: data.title,
				category: data.category,
				difficulty: data.difficulty,
				industries: data.industries,
				tags: data.tags,
			})),
		);
	});

	it("reads an empty bank", () => {
		expect(decodeManifest(encodeManifest([]), urlOf)).toEqual([]);
	});

	const good = (): CompactManifest => encodeManifest(QUESTIONS);
	const broken = (change: (manifest: Record<string, unknown>) => void) => {
		const manifest = good() as unknown as Record<string, unknown>;
		change(manifest);
		return manifest;
	};

	it.each([
		["not an object", null, "题库数据不是一个对象"],
		["a list", [], "题库数据的版本是 undefined，这个页面只能读版本 1"],
		["another version", broken((m) => (m["v"] = 2)), "题库数据的版本是 2，这个页面只能读版本 1"],
		["no tag table", broken((m) => delete m["t"]), "题库数据缺少分类、难度、行业或标签的取值表"],
		[
			"a number in a table",
			broken((m) => (m["c"] = ["训练与优化", 3])),
			"题库数据缺少分类、难度、行业或标签的取值表",
		],
		["no questions", broken((m) => delete m["q"]), "题库数据缺少题目列表"],
		[
			"a short row",
			broken((m) => ((m["q"] as unknown[][])[1] = ["qlora", "题目"])),
			"题库数据第 2 题的格式不对",
		],
		[
			"an empty id",
			broken((m) => ((m["q"] as unknown[][])[0] = ["", "t", 0, 0, [], []])),
			"题库数据第 1 题缺少编号或标题",
		],
		[
			"a category out of range",
			broken((m) => ((m["q"] as unknown[][])[2] = ["x", "t", 9, 0, [], []])),
			"题库数据第 3 题的分类编号 9 不存在",
		],
		[
			"a tag index that is text",
			broken((m) => ((m["q"] as unknown[][])[0] = ["x", "t", 0, 0, [0], ["0"]])),
			"题库数据第 1 题的标签编号 0 不存在",
		],
		[
			"tags that are not a list",
			broken((m) => ((m["q"] as unknown[][])[0] = ["x", "t", 0, 0, [0], 0])),
			"题库数据第 1 题的行业或标签不是列表",
		],
	])("refuses %s with a clear message", (_, data, message) => {
		expect(() => decodeManifest(data, urlOf)).toThrow(message);
	});
});
