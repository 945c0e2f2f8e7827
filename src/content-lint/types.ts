import type { Root } from "mdast";

/** One content file, read and parsed once for every rule. */
export interface LintEntry {
	collection: "articles" | "questions";
	/** The entry id: the file name without extension. */
	id: string;
	/** Path relative to the project root, as problems name it. */
	path: string;
	text: string;
	/** Parsed YAML frontmatter, or undefined when it is missing or does not parse. */
	data: Record<string, unknown> | undefined;
	/** The Markdown body parsed with the site's dialect; positions are lines of the whole file. */
	tree: Root;
}

export interface Problem {
	file: string;
	line: number;
	rule: string;
	message: string;
	severity: "error" | "warning";
}

export type Report = (
	problem: Omit<Problem, "rule" | "severity"> & { severity?: Problem["severity"] },
) => void;

/** Content besides the entries: the field's vocabulary (`content/vocabulary.yaml`). */
export interface LintContext {
	/** The vocabulary file as read, or undefined when the content has none. */
	vocabulary?: { path: string; text: string } | undefined;
}

/** One check over the content. Rules report problems; they never throw for bad content. */
export interface Rule {
	id: string;
	/** What the rule checks, for `--help`-style listings and the README. */
	description: string;
	check: (entries: readonly LintEntry[], report: Report, context: LintContext) => void | Promise<void>;
}
