import { join } from 'node:path';

export const fixtures = join(import.meta.dirname, 'fixtures');
export const repoRubric = join(import.meta.dirname, '../../../rubric');
