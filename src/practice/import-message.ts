import { isEmptyProgress, type ParsedProgress, type Progress } from "./progress.ts";

/** What a file holds, for the reader: `3 道题的记录、2 个收藏、1 条笔记`. */
export function progressSummary(progress: Progress): string {
	const parts: [number, string][] = [
		[Object.keys(progress.questions).length, "道题的记录"],
		[Object.keys(progress.stars).length, "个收藏"],
		[Object.keys(progress.notes).length, "条笔记"],
	];
	const named = parts.filter(([count]) => count > 0).map(([count, noun]) => `${count} ${noun}`);
	return named.length > 0 ? named.join("、") : `${Object.keys(progress.log).length} 天的练习记录`;
}

/**
 * Whether an imported file can be merged, and what to tell the reader: what it brought and how many
 * damaged entries were skipped, or why nothing changed.
 */
export function importMessage(fileName: string, parsed: ParsedProgress): { ok: boolean; message: string } {
	if (parsed.problem || isEmptyProgress(parsed.progress)) {
		return {
			ok: false,
			message: `无法导入「${fileName}」：${parsed.problem ?? "文件里没有练习记录"}。现有进度没有改变。`,
		};
	}
	const skipped = parsed.dropped > 0 ? `，跳过 ${parsed.dropped} 条损坏记录` : "";
	return { ok: true, message: `已导入 ${progressSummary(parsed.progress)}${skipped}。` };
}
