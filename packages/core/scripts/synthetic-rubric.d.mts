/** Writes a deterministic synthetic rubric with this many milestones and glossary terms. */
export function writeSyntheticRubric(root: string, size: { milestones: number; terms: number }): Promise<void>;
