import { ApolloProvider } from '@apollo/client/react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { apolloClient } from './api/apollo';
import { HmiAssignmentsPage } from './admin/hmi-assignments-page';
import { InvitePage } from './admin/invite-page';
import { RequireAdmin } from './admin/require-admin';
import { UsersPage } from './admin/users-page';
import { RequireSession } from './auth/require-session';
import { SessionProvider } from './auth/session-context';
import { SignInPage } from './auth/sign-in-page';
import { ConcernPage } from './concerns/concern-page';
import { ConcernsListPage } from './concerns/concerns-list-page';
import { DecidePage } from './concerns/decide-page';
import { FrontDoorPage } from './concerns/front-door-page';
import { ReportConcernPage } from './concerns/report-concern-page';
import { ChangeDecisionPage, SignOffPage } from './concerns/sign-off-page';
import { GovernanceCompletionPage } from './governance/governance-completion-page';
import { RecordCheckPage } from './governance/record-check-page';
import { SchoolGovernancePage } from './governance/school-governance-page';
import { HomePage } from './home/home-page';
import { InspectionDashboardPage } from './inspection/inspection-dashboard-page';
import { TermlyReportPage } from './inspection/termly-report-page';
import { PageNotFound } from './layout/status-pages';
import { PressureListPage } from './pressure/pressure-list-page';
import { PressureReportPage } from './pressure/pressure-report-page';
import { ReportPressurePage } from './pressure/report-pressure-page';
import { ConversationPage } from './messaging/conversation-page';
import { MessagesPage } from './messaging/messages-page';
import { NetworkPage, NetworksPage } from './messaging/networks-page';
import { AuditSearchPage } from './oversight/audit-search-page';
import { MessageReportsPage } from './oversight/message-reports-page';
import { PracticeEntryPage } from './practice/practice-entry-page';
import { PracticeLibraryPage } from './practice/practice-library-page';
import { PublishPracticePage } from './practice/publish-practice-page';
import { AddChildPage } from './register/add-child-page';
import { AssignPage } from './register/assign-page';
import { CalendarPage } from './register/calendar-page';
import { ChildPage } from './register/child-page';
import { EscalationsPage } from './register/escalations-page';
import { MergePage } from './register/merge-page';
import { MergeQueuePage } from './register/merge-queue-page';
import { ProvisionPage } from './register/provision-page';
import { RegisterRulesPage } from './register/register-rules-page';
import { ReportChildPage } from './register/report-child-page';
import { SettingsPage } from './register/settings-page';
import { SignOffWindowPage } from './register/sign-off-window-page';
import { WhereaboutsPage } from './register/whereabouts-page';
import { CloseEntryPage } from './register/close-entry-page';
import { EnquiryPage } from './register/enquiry-page';
import { EntryPage } from './register/entry-page';
import { RegisterPage } from './register/register-page';
import { SchoolRegisterPage } from './register/school-register-page';
import { SignOffPage as ClosureSignOffPage } from './register/sign-off-page';
import { VisitPage } from './register/visit-page';
import { SchoolPage } from './schools/school-page';

export function App() {
  return (
    <ApolloProvider client={apolloClient}>
      <BrowserRouter>
        <SessionProvider>
          <Routes>
            <Route path="/sign-in" element={<SignInPage />} />
            <Route path="/" element={<RequireSession><HomePage /></RequireSession>} />
            <Route path="/messages" element={<RequireSession><MessagesPage /></RequireSession>} />
            <Route path="/messages/:conversationId" element={<RequireSession><ConversationPage /></RequireSession>} />
            <Route path="/networks" element={<RequireSession><NetworksPage /></RequireSession>} />
            <Route path="/networks/:networkId" element={<RequireSession><NetworkPage /></RequireSession>} />
            <Route path="/schools/:schoolId" element={<RequireSession><SchoolPage /></RequireSession>} />
            <Route path="/inspection" element={<RequireSession><InspectionDashboardPage /></RequireSession>} />
            <Route path="/inspection/reports/:reportId" element={<RequireSession><TermlyReportPage /></RequireSession>} />
            <Route path="/register" element={<RequireSession><RegisterPage /></RequireSession>} />
            <Route path="/register/school" element={<RequireSession><SchoolRegisterPage /></RequireSession>} />
            <Route path="/register/report" element={<RequireSession><ReportChildPage /></RequireSession>} />
            <Route path="/register/children/new" element={<RequireSession><AddChildPage /></RequireSession>} />
            <Route path="/register/children/:childId" element={<RequireSession><ChildPage /></RequireSession>} />
            <Route path="/register/merges" element={<RequireSession><MergeQueuePage /></RequireSession>} />
            <Route path="/register/merges/:a/:b" element={<RequireSession><MergePage /></RequireSession>} />
            <Route path="/register/entries/:entryId" element={<RequireSession><EntryPage /></RequireSession>} />
            <Route path="/register/entries/:entryId/enquiries/new" element={<RequireSession><EnquiryPage /></RequireSession>} />
            <Route path="/register/entries/:entryId/visits/new" element={<RequireSession><VisitPage /></RequireSession>} />
            <Route path="/register/entries/:entryId/close" element={<RequireSession><CloseEntryPage /></RequireSession>} />
            <Route path="/register/entries/:entryId/sign-off" element={<RequireSession><ClosureSignOffPage /></RequireSession>} />
            <Route path="/register/entries/:entryId/assign" element={<RequireSession><AssignPage /></RequireSession>} />
            <Route path="/register/entries/:entryId/whereabouts" element={<RequireSession><WhereaboutsPage /></RequireSession>} />
            <Route path="/register/entries/:entryId/provision" element={<RequireSession><ProvisionPage /></RequireSession>} />
            <Route path="/escalations" element={<RequireSession><EscalationsPage /></RequireSession>} />
            <Route path="/settings" element={<RequireSession><SettingsPage /></RequireSession>} />
            <Route path="/settings/register-rules" element={<RequireSession><RegisterRulesPage /></RequireSession>} />
            <Route path="/settings/sign-off-window" element={<RequireSession><SignOffWindowPage /></RequireSession>} />
            <Route path="/settings/calendar" element={<RequireSession><CalendarPage /></RequireSession>} />
            <Route path="/concerns" element={<RequireSession><ConcernsListPage /></RequireSession>} />
            <Route path="/concerns/new" element={<RequireSession><ReportConcernPage /></RequireSession>} />
            <Route path="/concerns/:concernId" element={<RequireSession><ConcernPage /></RequireSession>} />
            <Route path="/concerns/:concernId/edit" element={<RequireSession><ReportConcernPage /></RequireSession>} />
            <Route path="/concerns/:concernId/decide" element={<RequireSession><DecidePage /></RequireSession>} />
            <Route path="/front-door" element={<RequireSession><FrontDoorPage /></RequireSession>} />
            <Route path="/sign-off" element={<RequireSession><SignOffPage /></RequireSession>} />
            <Route path="/sign-off/:decisionId/change" element={<RequireSession><ChangeDecisionPage /></RequireSession>} />
            <Route path="/pressure" element={<RequireSession><PressureListPage /></RequireSession>} />
            <Route path="/pressure/new" element={<RequireSession><ReportPressurePage /></RequireSession>} />
            <Route path="/pressure/:reportId" element={<RequireSession><PressureReportPage /></RequireSession>} />
            <Route path="/practice" element={<RequireSession><PracticeLibraryPage /></RequireSession>} />
            <Route path="/practice/new" element={<RequireSession><PublishPracticePage /></RequireSession>} />
            <Route path="/practice/:entryId" element={<RequireSession><PracticeEntryPage /></RequireSession>} />
            <Route path="/admin" element={<RequireSession><RequireAdmin><UsersPage /></RequireAdmin></RequireSession>} />
            <Route path="/admin/invite" element={<RequireSession><RequireAdmin><InvitePage /></RequireAdmin></RequireSession>} />
            <Route path="/admin/hmi-assignments" element={<RequireSession><RequireAdmin><HmiAssignmentsPage /></RequireAdmin></RequireSession>} />
            <Route path="/oversight/audit" element={<RequireSession><AuditSearchPage /></RequireSession>} />
            <Route path="/oversight/reports" element={<RequireSession><MessageReportsPage /></RequireSession>} />
            <Route path="/governance" element={<RequireSession><SchoolGovernancePage /></RequireSession>} />
            <Route path="/governance/appointments/:appointmentId/record-check" element={<RequireSession><RecordCheckPage /></RequireSession>} />
            <Route path="/governance/completion" element={<RequireSession><GovernanceCompletionPage /></RequireSession>} />
            <Route path="*" element={<PageNotFound />} />
          </Routes>
        </SessionProvider>
      </BrowserRouter>
    </ApolloProvider>
  );
}
