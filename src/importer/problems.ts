/** Something the importer noticed, tied to a line of the source document. */
export interface ImportNote {
	line: number;
	message: string;
}

/** A problem that stops the import: nothing is written when any document has one. */
export class ImportError extends Error {
	readonly file: string;
	readonly line: number;
	readonly reason: string;

	constructor(file: string, line: number, reason: string) {
		super(`${file}:${line}  ${reason}`);
		this.name = "ImportError";
		this.file = file;
		this.line = line;
		this.reason = reason;
	}
}
