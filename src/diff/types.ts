// Domain names for the diff, derived from the generated types of schemas/diff.schema.json.
import type { ChapterRedline, Change, ConsentItem, PolicyDiff, ReviewItem, Segment, Signal, Summary } from '../model/generated/diff.ts';

export type { ChapterRedline, Change, ConsentItem, PolicyDiff, ReviewItem, Segment, Signal, Summary };
/** The level an editor gave one review item, and why (release.json's `decisions`). */
export type { Decision } from '../model/generated/release.ts';
export type NoticeLevel = PolicyDiff['level'];
export type Category = PolicyDiff['categories'][number];
export type ChangeKind = Change['kind'];
export type RecordRef = Change['record'];
export type Scalar = NonNullable<Change['before']>;

/** A change as detected, before the rules give it a category, a level and a reason. */
export type DetectedChange = Omit<Change, 'category' | 'level' | 'rule' | 'reason'>;

/** A detected review item, before the rules give it categories, a rule and a reason. */
export type DetectedReview = Omit<ReviewItem, 'categories' | 'rule' | 'reason'> & {
  /** The categories of its chapter (as policy.yaml names them) or record; undefined when the chapter names none. */
  covers?: Category[];
};
