/** The notifications page of every portal (issue 14 §3), behind the bell of the header. */
export const notificationsPath = '/notifications';
