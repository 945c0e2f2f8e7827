import { describe, expect, it } from "vitest";
import { parseEntry } from "../../src/content-lint/collect.ts";
import { lintEntries, RULES } from "../../src/content-lint/lint-content.ts";
import { pythonCompiles } from "../../src/content-lint/rules/python-compiles.ts";
import type { LintEntry } from "../../src/content-lint/types.ts";
import { type ImportedDocument, importDocument } from "../../src/importer/import-document.ts";
import { planWrites } from "../../src/importer/plan-writes.ts";
import { LOOKS_ALIKE, normalizeQuestion, similarity } from "../../src/lib/question-similarity.ts";
import { parseMarkdown } from "../../src/markdown/dialect.ts";
import { type GeneratedDocument, generateDocument } from "../helpers/import-generator.ts";
import { QUESTIONS } from "../helpers/import-pool.ts";
import { countMath } from "../helpers/math.ts";

/** How many documents the property runs over; each seed is one document. */
const DOCUMENTS = 400;
const SEEDS = Array.from({ length: DOCUMENTS }, (_, index) => index + 1);
const PER_DOCUMENT_RULES = RULES.filter((rule) => rule !== pythonCompiles);

interface Outcome {
	generated: GeneratedDocument;
	document?: ImportedDocument;
	entries: LintEntry[];
	error?: string;
}

function importGenerated(generated: GeneratedDocument): Outcome {
	try {
		const document = importDocument(`gen-${generated.seed}.md`, new TextEncoder().encode(generated.text), {
			date: "2026-11-01",
			...(generated.title ? { title: generated.title } : {}),
		});
		const [plan] = planWrites([document], [], false);
		const entries = (plan?.writes ?? []).map((write) =>
			parseEntry(
				write.path.startsWith("articles/") ? "articles" : "questions",
				`gen-${generated.seed}/${write.path}`,
				write.text,
			),
		);
		return { generated, document, entries };
	} catch (error) {
		return { generated, entries: [], error: (error as Error).message };
	}
}

const h2 = (body: string) =>
	[...body.matchAll(/^## (.+)$/gm)].map((match) =>
		(match[1] ?? "")
			.replace(/^\*\*(.*)\*\*$/, "$1")
			.replace(/^\s*(?:\d+\s*[.．、)]?|[一二三四五六七八九十]+\s*[、.．])\s*/, "")
			.trim(),
	);

describe("the question pool", () => {
	it("holds questions that are all distinct by the importer's standard", () => {
		const keys = QUESTIONS.map((item) => normalizeQuestion(item.question));
		for (const [i, a] of keys.entries())
			for (const b of keys.slice(i + 1)) expect(similarity(a, b), `${a} / ${b}`).toBeLessThan(LOOKS_ALIKE);
	});
});

describe(`a generated family of ${DOCUMENTS} documents`, () => {
	const outcomes = SEEDS.map((seed) => importGenerated(generateDocument(seed)));

	it("imports every document, with no fatal error", () => {
		const failed = outcomes
			.filter((outcome) => outcome.error)
			.map((o) => `seed ${o.generated.seed}: ${o.error}`);
		expect(failed).toEqual([]);
	});

	it("finds exactly the questions the generator put in, each once (no loss, no extra)", () => {
		const wrong = outcomes.flatMap((outcome) => {
			const expected = outcome.generated.questions.map(normalizeQuestion).sort();
			const got = (outcome.document?.questions ?? [])
				.map((question) => normalizeQuestion(question.title))
				.sort();
			return expected.join("|") === got.join("|")
				? []
				: [`seed ${outcome.generated.seed}: 期望 ${expected} 得到 ${got}`];
		});
		expect(wrong).toEqual([]);
	});

	it("writes an article exactly when there is one, titled as it should be, with every section of every version", () => {
		const wrong = outcomes.flatMap((outcome) => {
			const { generated, document } = outcome;
			const article = document?.article;
			if ((article !== undefined) !== (generated.articleTitle !== undefined))
				return [`seed ${generated.seed}: article ${article !== undefined}`];
			if (!article) return [];
			const sections = h2(article.body).sort();
			const problems: string[] = [];
			if (article.title !== generated.articleTitle) problems.push(`title ${article.title}`);
			if (sections.join("|") !== [...generated.sections].sort().join("|"))
				problems.push(`sections ${sections} ≠ ${generated.sections}`);
			return problems.map((problem) => `seed ${generated.seed}: ${problem}`);
		});
		expect(wrong).toEqual([]);
	});

	it("merges a repeated question into one entry holding both code examples, and keeps full statements", () => {
		const wrong = outcomes.flatMap((outcome) =>
			(outcome.document?.questions ?? []).flatMap((question) => {
				const problems: string[] = [];
				const byKey = <T>(record: Record<string, T>) =>
					Object.entries(record).find(
						([title]) => normalizeQuestion(title) === normalizeQuestion(question.title),
					)?.[1];
				const code = question.body.match(/^```python/gm)?.length ?? 0;
				if (code !== (byKey(outcome.generated.codeBlocks) ?? 0)) problems.push(`code ${code}`);
				const statement = byKey(outcome.generated.statements);
				if (statement && !question.body.startsWith(`${statement}\n\n## 答案`)) problems.push("statement");
				if (!statement && !question.body.startsWith("## 答案")) problems.push("body start");
				return problems.map((problem) => `seed ${outcome.generated.seed} 「${question.title}」: ${problem}`);
			}),
		);
		expect(wrong).toEqual([]);
	});

	it("keeps display formulas display and inline formulas inline", () => {
		const wrong = outcomes.flatMap((outcome) => {
			const body = outcome.document?.article?.body ?? "";
			const { display, inline } = countMath(parseMarkdown(body));
			const { displayFormulas, inlineFormulas, seed } = outcome.generated;
			return display === displayFormulas && inline === inlineFormulas
				? []
				: [`seed ${seed}: display ${display}/${displayFormulas} inline ${inline}/${inlineFormulas}`];
		});
		expect(wrong).toEqual([]);
	});

	it("writes entries that pass the schemas and every content rule, with no raw HTML", async () => {
		const problems = [];
		for (const outcome of outcomes)
			problems.push(...(await lintEntries(outcome.entries, PER_DOCUMENT_RULES)));
		problems.push(
			...(await lintEntries(
				outcomes.flatMap((outcome) => outcome.entries),
				[pythonCompiles],
			)),
		);
		expect(problems.filter((problem) => problem.severity === "error")).toEqual([]);
		const html = outcomes.filter((outcome) =>
			outcome.entries.some((entry) =>
				/<\/?(?:span|script|div|img|a|iframe)\b[^<>\n]*>|onclick|alert\(/i.test(entry.text),
			),
		);
		expect(html.map((outcome) => outcome.generated.seed)).toEqual([]);
	});

	it("imports the whole family as one batch: each question once, and the bank passes every rule", async () => {
		const documents = outcomes.flatMap((outcome) => (outcome.document ? [outcome.document] : []));
		const plans = planWrites(documents, [], false);
		const writes = plans.flatMap((plan) => plan.writes);
		const asked = new Set(outcomes.flatMap((outcome) => outcome.generated.questions.map(normalizeQuestion)));
		const questionWrites = writes.filter((write) => write.path.startsWith("questions/"));
		expect(questionWrites).toHaveLength(asked.size);
		const found = documents.reduce((sum, document) => sum + document.questions.length, 0);
		const skipped = plans.flatMap((plan) => plan.notes).filter((note) => note.message.includes("题库里已有"));
		expect(skipped).toHaveLength(found - asked.size);
		const entries = writes.map((write) =>
			parseEntry(
				write.path.startsWith("articles/") ? "articles" : "questions",
				`batch/${write.path}`,
				write.text,
			),
		);
		const problems = await lintEntries(entries);
		expect(problems.filter((problem) => problem.severity === "error")).toEqual([]);
	});

	it("covers every variant of the family", () => {
		const seen = new Map<string, number>();
		for (const outcome of outcomes)
			for (const name of outcome.generated.features) seen.set(name, (seen.get(name) ?? 0) + 1);
		console.log(
			`${DOCUMENTS} 篇生成文档，${outcomes.reduce((sum, o) => sum + o.generated.questions.length, 0)} 道题；变体：` +
				[...seen.entries()]
					.sort()
					.map(([name, n]) => `${name}×${n}`)
					.join("，"),
		);
		for (const name of [
			"bank-only",
			"bank:unnamed",
			"bank:named",
			"items:heading",
			"items:list",
			"items:qa",
			"items:bold-q",
			"items:bold-numbered",
			"bold-headings",
			"labels:plain",
			"labels:bold-alone",
			"labels:plain-alone",
			"compact-items",
			"items:no-question-mark",
			"question-section",
			"section-after-bank",
			"table",
			"nested-list",
			"statement",
			"versions",
			"repeated-question",
			"formula:list",
			"formula:quote",
			"formula:mid",
			"formula:bracket",
			"metadata:english",
			"abstract:long-english",
			"title:missing",
			"title:generic",
			"boilerplate",
			"html",
		])
			expect(seen.get(name) ?? 0, name).toBeGreaterThan(3);
	});
});
