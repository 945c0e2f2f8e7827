import { createHash } from "node:crypto";
import { parse, stringify } from "yaml";

/** Where an imported entry came from, and a digest of the file as the importer wrote it. */
export interface ImportRecord {
	from: string;
	key?: string;
	digest: string;
}

const DIGEST_LINE = /^(\s+digest:\s*).*$/m;

/** SHA-256 (first 16 hex digits) of an entry file with its own digest value blanked. */
export function digestOf(text: string): string {
	return createHash("sha256").update(text.replace(DIGEST_LINE, "$1")).digest("hex").slice(0, 16);
}

/** Builds an entry file: YAML frontmatter (with an `imported` record and its digest) and body. */
export function renderEntry(data: Record<string, unknown>, body: string, from: string, key?: string): string {
	const imported = key === undefined ? { from, digest: "" } : { from, key, digest: "" };
	const frontmatter = stringify({ ...data, imported }, { lineWidth: 0 }).trimEnd();
	const text = `---\n${frontmatter}\n---\n\n${body.trim()}\n`;
	// Quoted: a digest such as 1399112196e25112 would otherwise be read by YAML as a number.
	return text.replace(DIGEST_LINE, `$1"${digestOf(text)}"`);
}

/** The frontmatter of an entry file, or undefined when it has none that parses. */
export function readFrontmatter(text: string): Record<string, unknown> | undefined {
	const match = /^---\n([\s\S]*?)\n---(?:\n|$)/.exec(text);
	if (!match) return undefined;
	try {
		const data: unknown = parse(match[1] ?? "");
		return data && typeof data === "object" ? (data as Record<string, unknown>) : undefined;
	} catch {
		return undefined;
	}
}

export type EntryState = "hand-written" | "edited-since-import" | "as-imported";

/** Whether an existing entry is exactly as the importer wrote it, edited since, or never imported. */
export function entryState(text: string): { state: EntryState; record?: ImportRecord } {
	const imported = readFrontmatter(text)?.["imported"] as Partial<ImportRecord> | undefined;
	if (!imported || typeof imported.from !== "string" || typeof imported.digest !== "string")
		return { state: "hand-written" };
	const record = { from: imported.from, digest: imported.digest };
	return { state: digestOf(text) === imported.digest ? "as-imported" : "edited-since-import", record };
}
