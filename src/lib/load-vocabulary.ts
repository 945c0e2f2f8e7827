import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { parseVocabulary, Vocabulary } from "./vocabulary.ts";

/** Where the vocabulary lives, beside the collections. */
export function vocabularyPath(contentRoot: string): string {
	return join(contentRoot, "vocabulary.yaml");
}

/**
 * Reads `<contentRoot>/vocabulary.yaml`. A missing file is an empty vocabulary (search works
 * without one); an invalid file throws with every problem's line.
 */
export async function loadVocabulary(contentRoot: string): Promise<Vocabulary> {
	const path = vocabularyPath(contentRoot);
	const text = await readFile(path, "utf8").catch((error: NodeJS.ErrnoException) => {
		if (error.code === "ENOENT") return "";
		throw error;
	});
	const { concepts, problems } = parseVocabulary(text);
	if (problems.length > 0)
		throw new Error(
			`词表有 ${problems.length} 处错误：\n${problems.map((problem) => `${path}:${problem.line}  ${problem.message}`).join("\n")}`,
		);
	return new Vocabulary(concepts);
}
