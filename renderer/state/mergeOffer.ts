/**
 * A merge the app offers (issue 15): the linked file changed on disk since this working copy last
 * read or wrote it, so Save (or opening the workbook) stops and shows the three-way merge of the
 * base (the file as last read or written), ours (the working copy) and theirs (the file now).
 * Made by renderer/actions/fileMerge, shown by features/merge as an app dialog.
 */
import type { MergeResult } from '../../shared/logic';
import type { FileRef } from '../../shared/host';

export interface MergeOffer {
  /** What the person was doing: Save writes the merged workbook to the file once merged. */
  readonly when: 'save' | 'open';
  readonly file: FileRef;
  /** The merge with no choice made yet (every conflict takes ours until chosen). */
  readonly result: MergeResult;
  /** The file's canonical text as read now: the next base once merged. */
  readonly theirsText: string;
}
