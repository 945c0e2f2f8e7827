export interface FenceScan {
	/** For each line: true when it opens, closes or sits inside a code fence. */
	inCode: boolean[];
	/** 1-based line of a fence that is opened and never closed. */
	unclosed?: number;
}

/**
 * Walks the lines once and marks code fences as CommonMark reads them: a fence closes only with
 * the same character, at least as long, and nothing after it. Every tool that must not read code as
 * prose (the importer, the content linter) asks this one scanner.
 */
export function scanFences(lines: readonly string[]): FenceScan {
	const inCode: boolean[] = [];
	let open: { marker: string; line: number } | undefined;
	lines.forEach((line, index) => {
		const match = /^\s*(`{3,}|~{3,})(.*)$/.exec(line);
		const marker = match?.[1] ?? "";
		const rest = match?.[2] ?? "";
		if (!open) {
			if (match && !(marker.startsWith("`") && rest.includes("`"))) open = { marker, line: index + 1 };
			inCode.push(open !== undefined);
			return;
		}
		inCode.push(true);
		if (match && marker[0] === open.marker[0] && marker.length >= open.marker.length && rest.trim() === "")
			open = undefined;
	});
	return open ? { inCode, unclosed: open.line } : { inCode };
}

/** Line (1-based) of a code fence that is opened and never closed, if any. */
export function findUnclosedFence(lines: readonly string[]): number | undefined {
	return scanFences(lines).unclosed;
}
