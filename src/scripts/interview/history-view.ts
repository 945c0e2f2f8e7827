import type { InterviewReport } from "../../practice/interview-report.ts";
import { percent } from "../../practice/interview-scores.ts";
import { h } from "./dom.ts";
import { reportDate } from "./report-view.ts";

/** The stored reports, newest first, each a button that opens it. */
export function historyItems(reports: readonly InterviewReport[]): HTMLLIElement[] {
	return [...reports].reverse().map((report) =>
		h(
			"li",
			{},
			h("button", {
				type: "button",
				class: "button",
				"data-open-report": report.id,
				text: `${reportDate(report)} · ${report.items.length} 题 · ${percent(report.score)}${report.settings.retryOf ? " · 重做" : ""}`,
			}),
		),
	);
}
