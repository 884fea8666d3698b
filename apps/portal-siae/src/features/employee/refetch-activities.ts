import { EmployeeActivitiesDocument } from '../../generated/graphql.ts';

/**
 * The record mutations answer with the new item only: the agrément's lists and its total of training hours are asked
 * again before going back to its page, so that the page shows them at once.
 */
export function refetchActivities(approvalId: string) {
  return {
    refetchQueries: [{ query: EmployeeActivitiesDocument, variables: { id: approvalId } }],
    awaitRefetchQueries: true,
  };
}
