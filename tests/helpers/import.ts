import { readFileSync } from "node:fs";
import { parseEntry } from "../../src/content-lint/collect.ts";
import { lintEntries } from "../../src/content-lint/lint-content.ts";
import type { Problem } from "../../src/content-lint/types.ts";
import { type ImportedDocument, importDocument } from "../../src/importer/import-document.ts";
import { planWrites } from "../../src/importer/plan-writes.ts";

export const GOOD = "tests/fixtures/import/good";
export const BAD = "tests/fixtures/import/bad";

/** Imports a fixture the way the CLI does, with a fixed date. */
export function importFixture(path: string): ImportedDocument {
	return importDocument(path, readFileSync(path), { date: "2026-11-01" });
}

/** Every problem the content linter finds in the entries a new import of `document` would write. */
export async function lintImport(document: ImportedDocument): Promise<Problem[]> {
	const [plan] = planWrites([document], [], false);
	const entries = (plan?.writes ?? []).map((write) =>
		parseEntry(
			write.path.startsWith("articles/") ? "articles" : "questions",
			`content/${write.path}`,
			write.text,
		),
	);
	return lintEntries(entries);
}
