import { readFileSync } from "node:fs";
import { type ImportedDocument, importDocument } from "../../src/importer/import-document.ts";

export const GOOD = "tests/fixtures/import/good";
export const BAD = "tests/fixtures/import/bad";

/** Imports a fixture the way the CLI does, with a fixed date. */
export function importFixture(path: string): ImportedDocument {
	return importDocument(path, readFileSync(path), { date: "2026-11-01" });
}
