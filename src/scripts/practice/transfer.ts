import { mergeProgress, type Progress, parseProgress } from "../../practice/progress.ts";

/** Offers the progress as a JSON file download. */
export function exportProgress(progress: Progress, now: Date): void {
	const blob = new Blob([`${JSON.stringify(progress, null, 2)}\n`], { type: "application/json" });
	const link = document.createElement("a");
	link.href = URL.createObjectURL(blob);
	link.download = `practice-progress-${now.toISOString().slice(0, 10)}.json`;
	link.click();
	setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

/**
 * Reads an exported file and merges it into the current progress (the later grading of a question
 * wins). A file that is not progress changes nothing and says why.
 */
export async function importProgress(
	file: File,
	current: Progress,
): Promise<{ progress: Progress; message: string; ok: boolean }> {
	const parsed = parseProgress(await file.text());
	const count = Object.keys(parsed.progress.questions).length;
	if (parsed.problem || count === 0) {
		return {
			progress: current,
			ok: false,
			message: `无法导入「${file.name}」：${parsed.problem ?? "文件里没有练习记录"}。现有进度没有改变。`,
		};
	}
	const skipped = parsed.dropped > 0 ? `，跳过 ${parsed.dropped} 条损坏记录` : "";
	return {
		progress: mergeProgress(current, parsed.progress),
		ok: true,
		message: `已导入 ${count} 道题的记录${skipped}。`,
	};
}
