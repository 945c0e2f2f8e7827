import { appendFileSync } from "node:fs";
import { join } from "node:path";

/** What the benchmark adds to a question before its warm rebuild. */
export const WARM_EDIT = "\n\n补充说明：这一段是基准测试在冷构建之后加上的，用来测量只改一道题时的重建。\n";

/**
 * Edits one question of a synthetic corpus (`synthetic-question-<index>`), as a writer would
 * between two builds: a paragraph more at the end of its answer. Returns the question's id.
 */
export function editQuestion(contentDir: string, index: number): string {
	const id = `synthetic-question-${index}`;
	appendFileSync(join(contentDir, "questions", `${id}.md`), WARM_EDIT);
	return id;
}
