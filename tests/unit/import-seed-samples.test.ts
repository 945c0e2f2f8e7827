import { existsSync, readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseEntry } from "../../src/content-lint/collect.ts";
import { lintEntries } from "../../src/content-lint/lint-content.ts";
import { importDocument } from "../../src/importer/import-document.ts";
import { planWrites } from "../../src/importer/plan-writes.ts";
import { normalizeQuestion } from "../../src/lib/question-similarity.ts";

// The site owners' sample documents sit beside the repository (../shared/seed-samples) on the
// project's machines and in CI. They are read here, never copied into the repository.
const SAMPLES = "../shared/seed-samples";
const samples = existsSync(SAMPLES) ? readdirSync(SAMPLES).filter((name) => name.endsWith(".txt")) : [];

/** Questions as numbered in a sample: `1. **问题：** …`, `1. **…？**` or `**Q：…**` lines. */
function questionLines(text: string): string[] {
	return text
		.split("\n")
		.map((line) => /^\s*(?:\d+\.\s+\*\*(?:问题：\*\*\s*)?|\*\*Q：)(.+?[？?])/.exec(line)?.[1])
		.filter((question): question is string => question !== undefined);
}

describe.skipIf(samples.length === 0)("importing the owners' sample documents", () => {
	const documents = samples.map((name) =>
		importDocument(name, readFileSync(`${SAMPLES}/${name}`), { date: "2026-11-01" }),
	);
	const plans = planWrites(documents, [], false);

	it("yields one article per sample and every question exactly once", () => {
		expect(documents.every((document) => document.article !== undefined)).toBe(true);
		samples.forEach((name, index) => {
			const asked = new Set(questionLines(readFileSync(`${SAMPLES}/${name}`, "utf8")).map(normalizeQuestion));
			const imported = (documents[index]?.questions ?? []).map((question) =>
				normalizeQuestion(question.title),
			);
			expect(asked.size).toBeGreaterThan(0);
			expect(new Set(imported).size).toBe(imported.length);
			expect(new Set(imported)).toEqual(asked);
		});
	});

	it("reports the merged repeats and the dropped boilerplate", () => {
		const repeated = documents.find((document) => document.report.versions > 1);
		expect(repeated?.report.merged.length).toBeGreaterThan(0);
		expect(documents.flatMap((document) => document.report.dropped).length).toBeGreaterThan(0);
	});

	it("writes entries that pass every content lint rule", async () => {
		const entries = plans.flatMap((plan) =>
			plan.writes.map((write) =>
				parseEntry(write.path.startsWith("articles/") ? "articles" : "questions", write.path, write.text),
			),
		);
		expect(await lintEntries(entries)).toEqual([]);
	});
});
