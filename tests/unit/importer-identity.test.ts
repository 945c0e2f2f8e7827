import { describe, expect, it } from "vitest";
import { QuestionMatcher } from "../../src/importer/identity.ts";
import { type ImportedDocument, importDocument } from "../../src/importer/import-document.ts";
import {
	type DocumentPlan,
	type ExistingEntry,
	nextManifest,
	planWrites,
} from "../../src/importer/plan-writes.ts";
import { Vocabulary } from "../../src/lib/vocabulary.ts";

const vocabulary = new Vocabulary([{ term: "大模型", aliases: ["大语言模型", "LLM"] }]);
const load = (file: string, text: string): ImportedDocument =>
	importDocument(file, new TextEncoder().encode(text), { date: "2026-11-01", vocabulary });

const BANK = `### 面试题

1. **问题：** 如何降低大模型的推理延迟？

**答案：** 使用 KV 缓存、量化和批处理。

2. **问题：** 什么是大模型的幻觉？

**答案：** 模型自信地给出与事实不符的内容。
`;

/** The folder after a plan is carried out: what it wrote, beside what was there. */
function apply(plans: readonly DocumentPlan[], before: readonly ExistingEntry[] = []): ExistingEntry[] {
	const after = new Map(before.map((entry) => [`${entry.collection}/${entry.slug}.md`, entry]));
	for (const write of plans.flatMap((plan) => plan.writes)) {
		if (write.action !== "create" && write.action !== "update") continue;
		const [collection, name] = write.path.split("/") as ["articles" | "questions", string];
		after.set(write.path, { collection, slug: name.replace(/\.md$/, ""), text: write.text });
	}
	return [...after.values()];
}

describe("identity: entries are matched to their source item by key, not by title", () => {
	const document = load("bank.md", BANK);
	const first = planWrites([document], [], { vocabulary });
	const folder = apply(first);

	it("records a stable key (source file + item digest) in every entry", () => {
		for (const write of first[0]?.writes ?? []) {
			expect(write.text).toMatch(/^ {2}key: bank\.md#q-[0-9a-f]{12}$/m);
			expect(write.text).toMatch(/^ {2}digest: "[0-9a-f]{16}"$/m);
		}
	});

	it("finds an entry whose title was edited by hand, and neither overwrites nor duplicates it", () => {
		const edited = folder.map((entry) =>
			entry.text.includes("推理延迟")
				? { ...entry, text: entry.text.replace(/^title: .*$/m, "title: 怎样让大模型回答得更快？") }
				: entry,
		);
		const [plan] = planWrites([load("bank.md", BANK)], edited, { vocabulary });
		expect(plan?.writes.map((write) => write.action)).toEqual(["skip", "unchanged"]);
		expect(plan?.writes[0]?.reason).toMatch(/导入后被手动修改过/);
		const forced = planWrites([load("bank.md", BANK)], edited, { vocabulary, force: true })[0];
		expect(forced?.writes.map((write) => [write.action, write.path])).toEqual([
			["update", first[0]?.writes[0]?.path],
			["unchanged", first[0]?.writes[1]?.path],
		]);
	});

	it("does not recreate an entry its owner deleted, unless forced", () => {
		const manifest = nextManifest(first);
		const remaining = folder.filter((entry) => !entry.text.includes("幻觉"));
		const [plan] = planWrites([load("bank.md", BANK)], remaining, { vocabulary, manifest });
		expect(plan?.writes.map((write) => write.action)).toEqual(["unchanged", "skip"]);
		expect(plan?.writes[1]?.reason).toBe("以前导入过、后来被删除，未重新创建（用 --force 重新导入）");
		const forced = planWrites([load("bank.md", BANK)], remaining, { vocabulary, manifest, force: true })[0];
		expect(forced?.writes.map((write) => write.action)).toEqual(["unchanged", "create"]);
	});
});

describe("duplicates across a batch and against the bank", () => {
	const other = `### 常见问题

1. **问题：** 怎样降低 LLM 的推理延迟？

**答案：** 先看瓶颈在预填充还是解码。

2. **问题：** 如何评估检索结果的召回率？

**答案：** 用标注好的相关文档计算。
`;

	it("writes a question two documents of one batch ask only once, nearly the same wording included", () => {
		const plans = planWrites([load("bank.md", BANK), load("other.md", other)], [], { vocabulary });
		expect(plans[1]?.writes.map((write) => write.path)).toHaveLength(1);
		expect(plans[1]?.notes).toEqual([
			{
				line: 3,
				message: expect.stringMatching(
					/^「怎样降低 LLM 的推理延迟？」题库里已有（questions\/.+\.md），未重复导入$/,
				),
			},
		]);
	});

	it("does not add a question the bank already holds from another document", () => {
		const folder = apply(planWrites([load("bank.md", BANK)], [], { vocabulary }));
		const [plan] = planWrites([load("other.md", other)], folder, { vocabulary });
		expect(plan?.writes.map((write) => write.action)).toEqual(["create"]);
		expect(plan?.notes).toHaveLength(1);
	});

	it("warns when two articles have the same title", () => {
		const article = (body: string) => `# 大模型的推理优化\n\n${body}\n`;
		const plans = planWrites(
			[
				load(
					"a.md",
					article(
						"第一篇正文：量化、缓存和批处理是降低推理成本最直接的三种办法，各有适用场景，需要结合业务的延迟要求来选择。",
					),
				),
				load(
					"b.md",
					article(
						"第二篇正文：投机解码和更好的请求调度同样能降低延迟，但需要额外的工程投入，也要评估对输出质量的影响。",
					),
				),
			],
			[],
			{ vocabulary },
		);
		expect(plans[1]?.notes).toEqual([
			{
				line: 1,
				message: expect.stringMatching(/^文章标题与 articles\/.+\.md 相同：请确认是否是同一篇的另一版$/),
			},
		]);
	});
});

describe("merging keeps content", () => {
	const VERSIONS = `### 主题：大模型在仓储中的应用

## 引言

仓库的拣货路径和库位安排一直依赖老师傅的经验，大模型让这些经验可以被检索和复用。

## 一、场景

大模型可以读懂入库单和异常记录，给出库位建议。

### 博客标题：

《大模型在仓储中的应用》

## 1. 场景

大模型可以读懂入库单、出库单和异常记录，给出库位和拣货顺序的建议，并解释理由。

## 2. 风险

库位建议出错会造成错发，必须保留人工复核。

## 3. 结语

先从异常记录的整理做起，是风险最小的切入点。
`;

	it("merges versions section by section, keeping sections only one version has", () => {
		const { article, report } = load("versions.md", VERSIONS);
		const headings = [...(article?.body ?? "").matchAll(/^## (.+)$/gm)].map((match) => match[1]);
		expect(headings).toEqual(["引言", "场景", "风险", "结语"]);
		expect(article?.body).toContain("出库单");
		expect(report.merged.map((note) => note.message)).toEqual([
			"第 1 版独有的「引言」部分已并入",
			"「一、场景」部分两版不同，保留了内容较全的第 2 版",
		]);
	});

	it("keeps both code examples of a question asked twice, and says so", () => {
		const text = `#### 1. 如何计算余弦相似度？

**答案：** 两个向量的点积除以模长之积。

**示例：**

\`\`\`python
import numpy as np
def cosine(a, b):
    return a @ b / (np.linalg.norm(a) * np.linalg.norm(b))
\`\`\`

#### 2. 如何计算余弦相似度？

**答案：** 两个向量的点积除以模长之积。

**示例：**

\`\`\`python
import math
def cosine(a, b):
    dot = sum(x * y for x, y in zip(a, b))
    return dot / (math.hypot(*a) * math.hypot(*b))
\`\`\`
`;
		const { questions, report } = load("twice.md", text);
		expect(questions).toHaveLength(1);
		expect(questions[0]?.body.match(/```python/g)).toHaveLength(2);
		expect(report.merged).toEqual([
			{
				line: 13,
				message:
					"「如何计算余弦相似度？」与第 1 行的题目重复，已合并为一条；两处内容不同，并入了另一处的示例（含 1 段代码）",
			},
		]);
	});
});

describe("QuestionMatcher", () => {
	const matcher = new QuestionMatcher(
		new Vocabulary([
			{ term: "大模型", aliases: ["大语言模型", "LLM"] },
			{ term: "召回率", aliases: ["recall"] },
			{ term: "精确率", aliases: ["precision"] },
		]),
	);
	it.each([
		["如何降低大模型的推理延迟？", "怎样降低 LLM 的推理延迟?", true],
		["2. 如何降低大语言模型的推理延迟", "如何降低大模型推理延迟？", true],
		["如何衡量检索结果的召回率？", "如何衡量检索结果的精确率？", false],
		["如何衡量检索结果的召回率？", "如何衡量检索结果的 recall？", true],
	])("%s / %s → same: %s", (a, b, same) => {
		expect(matcher.same(matcher.key(a), matcher.key(b))).toBe(same);
	});

	it("does not call questions about different concepts look-alikes", () => {
		expect(matcher.aboutOtherThings(matcher.key("如何衡量召回率？"), matcher.key("如何衡量精确率？"))).toBe(
			true,
		);
		expect(matcher.aboutOtherThings(matcher.key("如何衡量召回率？"), matcher.key("怎样衡量 recall？"))).toBe(
			false,
		);
	});
});

describe("a question asked twice with the same example, a line more or less", () => {
	it("keeps the example once, in its longer form, and the first answer first", () => {
		const code = (extra: string) =>
			`\`\`\`python\n${extra}def norm(v):\n    return sum(x * x for x in v) ** 0.5\n\`\`\``;
		const text = [
			"#### 1. 如何计算向量的模长？",
			"",
			"**答案：** 各分量平方和的平方根。",
			"",
			"**示例：**",
			"",
			code(""),
			"",
			"#### 2. 如何计算向量的模长？",
			"",
			"**答案：** 也可以直接调用数值库。",
			"",
			"**示例：**",
			"",
			code("import math\n"),
		].join("\n");
		const [question] = load("norm.md", text).questions;
		expect(question?.body).toBe(
			`## 答案\n\n各分量平方和的平方根。\n\n也可以直接调用数值库。\n\n## 示例代码\n\n${code("import math\n")}`,
		);
	});
});
