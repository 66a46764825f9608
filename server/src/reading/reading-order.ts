// Keyed hashes that make the reading order and the re-read sample deterministic yet unpredictable to
// readers: the same (project, reader, task) always sorts the same, two readers get different orders.
import { createHmac } from 'node:crypto';

/** A task's own key, stored at creation; the reader's order hashes it again with the reader's id. */
export const taskOrderKey = (projectId: string, taskId: string): string => createHmac('sha256', projectId).update(taskId).digest('hex');

/** Whether the exam is in the intra-reader re-read sample: keyed hash of (project, exam) below percent. */
export function rereadSelected(projectId: string, examId: string, percent: number): boolean {
  const h = createHmac('sha256', projectId).update(`reread:${examId}`).digest();
  return (h.readUInt32BE(0) / 2 ** 32) * 100 < percent;
}

export const caseLabel = (number: number): string => `Case ${String(number).padStart(4, '0')}`;
