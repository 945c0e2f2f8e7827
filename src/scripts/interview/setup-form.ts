import { clampLength, type InterviewSettings, mixById } from "../../practice/interview-settings.ts";

/** The settings the setup form holds now. */
export function readSettings(form: HTMLFormElement): InterviewSettings {
	const data = new FormData(form);
	const texts = (name: string) => data.getAll(name).map(String);
	return {
		categories: texts("category"),
		industries: texts("industry"),
		difficultyMix: mixById(String(data.get("mix") ?? "")),
		length: clampLength(Number(data.get("length"))),
	};
}

/** What the form's status line says about the questions its settings allow. */
export function availabilityText(available: number, length: number): { text: string; short: boolean } {
	if (available === 0) return { text: "没有符合条件的题目，请放宽分类、行业或难度。", short: true };
	if (available < length)
		return { text: `符合条件的题目只有 ${available} 道，这次面试会是 ${available} 题。`, short: true };
	return { text: `从符合条件的 ${available} 道题中抽 ${length} 题。`, short: false };
}
