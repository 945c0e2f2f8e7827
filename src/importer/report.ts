import type { DocumentReport } from "./import-document.ts";
import type { DocumentPlan } from "./plan-writes.ts";
import type { ImportNote } from "./problems.ts";

const ACTION_LABEL = { create: "新建", update: "更新", unchanged: "未变", skip: "跳过" } as const;

function noteLines(label: string, notes: readonly ImportNote[]): string[] {
	return [...notes]
		.sort((a, b) => a.line - b.line)
		.map((note) => `    ${label} 第 ${note.line} 行：${note.message}`);
}

/** The per-document report: what was found, merged, dropped and written, every note with its line. */
export function formatReport(report: DocumentReport, plan: DocumentPlan, dryRun: boolean): string {
	const written = plan.writes.filter((write) => write.path.startsWith("questions/")).length;
	return [
		`${plan.file}`,
		`  标题：${report.title}`,
		`  结构：${report.versions} 个版本，正文 ${report.sections} 个章节，${report.formulas} 个公式，${report.codeBlocks} 个代码块`,
		`  面试题：找到 ${report.questionsFound} 道，合并 ${report.merged.filter((note) => note.message.includes("题目重复")).length} 道，输出 ${written} 道`,
		...plan.writes.map(
			(write) =>
				`    ${dryRun && write.action !== "skip" ? "将" : ""}${ACTION_LABEL[write.action]} ${write.path}${write.reason ? `：${write.reason}` : ""}`,
		),
		...noteLines("合并", report.merged),
		...noteLines("丢弃", report.dropped),
		...noteLines("修复", report.repaired),
		...noteLines("警告", [...report.warnings, ...plan.notes]),
	].join("\n");
}
