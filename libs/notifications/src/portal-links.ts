/**
 * Where in the web portal (apps/web/src/app.tsx) a notification or an e-mail sends people. One
 * place, so a page that moves breaks here and in the test that follows every link, not in silence.
 */
export const PORTAL_LINKS = {
  concern: (id: string) => `/concerns/${id}`,
  registerEntry: (id: string) => `/register/entries/${id}`,
  pressureReports: () => '/pressure',
  pressureReport: (id: string) => `/pressure/${id}`,
  practiceEntry: (id: string) => `/practice/${id}`,
  schoolGovernance: (schoolId: string) => `/schools/${schoolId}/governance`,
  safeguardingReturn: (schoolId: string) => `/schools/${schoolId}/safeguarding-return`,
  reportedMessages: () => '/oversight/reports',
  message: (conversationId: string, messageId: string) => `/messages/${conversationId}?message=${messageId}`,
} as const;
