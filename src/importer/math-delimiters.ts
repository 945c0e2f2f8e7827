import { scanFences } from "../markdown/fences.ts";

/** Inline code spans on a line, which delimiters inside are not. */
const CODE_SPAN = /(`+)[^`]*?\1/g;

/** Applies `change` to the parts of a line outside inline code spans. */
function outsideCode(line: string, change: (text: string) => string): string {
	let result = "";
	let last = 0;
	for (const match of line.matchAll(CODE_SPAN)) {
		result += change(line.slice(last, match.index)) + match[0];
		last = match.index + match[0].length;
	}
	return result + change(line.slice(last));
}

/**
 * Rewrites LaTeX's `\(…\)` as `$…$` and `\[…\]` as `$$…$$`, the delimiters the site's Markdown
 * reads, outside code fences and inline code. A `\\[` (a line break with spacing inside a formula)
 * is left alone. Line numbers do not change.
 */
export function latexToDollars(lines: readonly string[]): string[] {
	const { inCode } = scanFences(lines);
	return lines.map((line, index) =>
		inCode[index]
			? line
			: outsideCode(line, (text) =>
					text.replace(/(?<!\\)\\\[|(?<!\\)\\\]/g, "$$$$").replace(/(?<!\\)\\\(|(?<!\\)\\\)/g, "$$"),
				),
	);
}

/**
 * The 1-based line of a `$$` that opens a formula and is never closed. A `$$` alone on its line
 * opens a block that runs to the next `$$`; one inside text must close before the paragraph ends
 * (a blank line). Code is skipped.
 */
export function findUnclosedDisplayMath(lines: readonly string[]): number | undefined {
	const { inCode } = scanFences(lines);
	let open: { line: number; block: boolean } | undefined;
	for (let index = 0; index < lines.length; index += 1) {
		if (inCode[index]) continue;
		const line = (lines[index] ?? "").replace(CODE_SPAN, "").replace(/\\\$/g, "");
		const bare = line.replace(/^[\s>]*(?:(?:[-*+]|\d+[.)])\s+)?/, "").trim();
		if (open && !open.block && bare === "") return open.line;
		const count = line.match(/\$\$/g)?.length ?? 0;
		for (let n = 0; n < count; n += 1)
			open =
				open === undefined
					? { line: index + 1, block: bare === "$$" || /^\$\$[^$]*$/.test(bare) }
					: undefined;
	}
	return open?.line;
}

/** The 1-based line of a `\(` with no `\)` in the same paragraph, or of a `\)` that closes nothing. */
export function findUnclosedInlineMath(lines: readonly string[]): number | undefined {
	const { inCode } = scanFences(lines);
	let open: number | undefined;
	for (let index = 0; index < lines.length; index += 1) {
		const line = inCode[index] ? "" : (lines[index] ?? "").replace(CODE_SPAN, "");
		if (line.trim() === "" && open !== undefined) return open;
		for (const match of line.matchAll(/(?<!\\)\\([()])/g)) {
			if (match[1] === "(") {
				if (open !== undefined) return open;
				open = index + 1;
			} else if (open === undefined) return index + 1;
			else open = undefined;
		}
	}
	return open;
}
