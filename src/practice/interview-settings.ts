/** What the reader chooses before a mock interview, and the choices the page offers. */

export const MIN_LENGTH = 5;
export const MAX_LENGTH = 30;
export const DEFAULT_LENGTH = 10;

/** Relative weights of the difficulties in a set (`{ 入门: 1, 进阶: 2, 高级: 1 }`); 0 leaves one out. */
export type DifficultyMix = Record<string, number>;

export interface InterviewSettings {
	/** Categories to draw from; empty means all. */
	categories: string[];
	/** Industries to draw from (a question matches if it names any); empty means all. */
	industries: string[];
	difficultyMix: DifficultyMix;
	/** Questions asked for, MIN_LENGTH to MAX_LENGTH. */
	length: number;
	/** Set when the interview retried the missed questions of an earlier report (its id). */
	retryOf?: string;
}

/** The difficulty mixes the page offers, the first being the default. */
export const DIFFICULTY_MIXES = [
	{
		id: "standard",
		label: "以进阶为主",
		hint: "入门 : 进阶 : 高级 = 1 : 2 : 1",
		mix: { 入门: 1, 进阶: 2, 高级: 1 },
	},
	{ id: "even", label: "三种难度各占三分之一", hint: "1 : 1 : 1", mix: { 入门: 1, 进阶: 1, 高级: 1 } },
	{
		id: "basics",
		label: "打基础",
		hint: "入门 : 进阶 = 2 : 1，不出高级题",
		mix: { 入门: 2, 进阶: 1, 高级: 0 },
	},
	{
		id: "hard",
		label: "冲刺难题",
		hint: "进阶 : 高级 = 1 : 2，不出入门题",
		mix: { 入门: 0, 进阶: 1, 高级: 2 },
	},
] as const satisfies readonly { id: string; label: string; hint: string; mix: DifficultyMix }[];

export type MixId = (typeof DIFFICULTY_MIXES)[number]["id"];

/** The mix of a preset id; an unknown id gets the default mix. */
export function mixById(id: string): DifficultyMix {
	return { ...(DIFFICULTY_MIXES.find((preset) => preset.id === id) ?? DIFFICULTY_MIXES[0]).mix };
}

/** A length the reader typed, as a whole number within bounds (not a number: the default). */
export function clampLength(value: number): number {
	if (!Number.isFinite(value)) return DEFAULT_LENGTH;
	return Math.min(MAX_LENGTH, Math.max(MIN_LENGTH, Math.round(value)));
}
