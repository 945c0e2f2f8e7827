/** Line (1-based) of a code fence that is opened and never closed, if any. */
export function findUnclosedFence(lines: readonly string[]): number | undefined {
	let open: { marker: string; line: number } | undefined;
	lines.forEach((line, index) => {
		const match = /^\s*(`{3,}|~{3,})(.*)$/.exec(line);
		if (!match) return;
		const marker = match[1] ?? "";
		if (!open) {
			if (!(marker.startsWith("`") && (match[2] ?? "").includes("`"))) open = { marker, line: index + 1 };
		} else if (
			marker[0] === open.marker[0] &&
			marker.length >= open.marker.length &&
			(match[2] ?? "").trim() === ""
		) {
			open = undefined;
		}
	});
	return open?.line;
}
