import { ApolloProvider } from '@apollo/client/react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { apolloClient } from './api/apollo';
import { HmiAssignmentsPage } from './admin/hmi-assignments-page';
import { InvitePage } from './admin/invite-page';
import { EndMembershipPage } from './admin/end-membership-page';
import { GiasImportPage } from './admin/gias-import-page';
import { GiasImportsPage } from './admin/gias-imports-page';
import { InvitationsPage } from './admin/invitations-page';
import { OrganisationsPage } from './admin/organisations-page';
import { RequireAccountManager, RequireAdmin } from './admin/require-admin';
import { SchoolFactsPage } from './admin/school-facts-page';
import { UserPage } from './admin/user-page';
import { UsersPage } from './admin/users-page';
import { RequireSession } from './auth/require-session';
import { SessionProvider } from './auth/session-context';
import { SignInPage } from './auth/sign-in-page';
import { AcceptInvitationPage } from './auth/accept-invitation-page';
import { PasswordResetPage } from './auth/password-reset-page';
import { NotificationsPage } from './notifications/notifications-page';
import { ConcernPage } from './concerns/concern-page';
import { ConcernsListPage } from './concerns/concerns-list-page';
import { DecidePage } from './concerns/decide-page';
import { FrontDoorPage } from './concerns/front-door-page';
import { ReportConcernPage } from './concerns/report-concern-page';
import { ChangeDecisionPage, SignOffPage } from './concerns/sign-off-page';
import { GovernanceCompletionPage } from './governance/governance-completion-page';
import { AddAppointmentPage, ChangeAppointmentPage } from './governance/appointment-page';
import { ImportGovernancePage } from './governance/import-page';
import { RecordCheckPage } from './governance/record-check-page';
import { SafeguardingReturnPage } from './governance/safeguarding-return-page';
import { SafeguardingReturnsPage } from './governance/safeguarding-returns-page';
import { SchoolGovernancePage } from './governance/school-governance-page';
import { HomePage } from './home/home-page';
import { InspectionDashboardPage } from './inspection/inspection-dashboard-page';
import { TermlyReportPage } from './inspection/termly-report-page';
import { PageNotFound } from './layout/status-pages';
import { PressureCampaignPage } from './pressure/pressure-campaign-page';
import { NewPressureCampaignPage, PressureCampaignsPage } from './pressure/pressure-campaigns-page';
import { PressureDelegatesPage } from './pressure/pressure-delegates-page';
import { PressureListPage } from './pressure/pressure-list-page';
import { PressureReportPage } from './pressure/pressure-report-page';
import { PressureTrendsPage } from './pressure/pressure-trends-page';
import { ReportPressurePage } from './pressure/report-pressure-page';
import { SharedPressurePage } from './pressure/shared-pressure-page';
import { ConversationPage } from './messaging/conversation-page';
import { MessagesPage } from './messaging/messages-page';
import { NetworkModerationPage } from './messaging/network-moderation-page';
import { NetworkPage } from './messaging/network-page';
import { NetworksPage } from './messaging/networks-page';
import { NewChannelPage } from './messaging/new-channel-page';
import { NewConversationPage } from './messaging/new-conversation-page';
import { MessageSearchPage } from './messaging/search-page';
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
import { PreventDutyPage } from './schools/prevent-duty-page';
import { PreventRiskAssessmentPage, PreventTrainingPage } from './schools/prevent-records-pages';
import { SchoolPage } from './schools/school-page';

export function App() {
  return (
    <ApolloProvider client={apolloClient}>
      <BrowserRouter>
        <SessionProvider>
          <Routes>
            <Route path="/sign-in" element={<SignInPage />} />
            <Route path="/invitations/accept" element={<AcceptInvitationPage />} />
            <Route path="/password-reset" element={<PasswordResetPage />} />
            <Route path="/notifications" element={<RequireSession><NotificationsPage /></RequireSession>} />
            <Route path="/" element={<RequireSession><HomePage /></RequireSession>} />
            <Route path="/messages" element={<RequireSession><MessagesPage /></RequireSession>} />
            <Route path="/messages/search" element={<RequireSession><MessageSearchPage /></RequireSession>} />
            <Route path="/messages/new" element={<RequireSession><NewConversationPage /></RequireSession>} />
            <Route path="/messages/:conversationId" element={<RequireSession><ConversationPage /></RequireSession>} />
            <Route path="/networks" element={<RequireSession><NetworksPage /></RequireSession>} />
            <Route path="/networks/:networkId" element={<RequireSession><NetworkPage /></RequireSession>} />
            <Route path="/networks/:networkId/channels/new" element={<RequireSession><NewChannelPage /></RequireSession>} />
            <Route path="/networks/:networkId/moderation" element={<RequireSession><NetworkModerationPage /></RequireSession>} />
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
            <Route path="/pressure/shared" element={<RequireSession><SharedPressurePage /></RequireSession>} />
            <Route path="/pressure/delegates" element={<RequireSession><PressureDelegatesPage /></RequireSession>} />
            <Route path="/pressure/campaigns" element={<RequireSession><PressureCampaignsPage /></RequireSession>} />
            <Route path="/pressure/campaigns/new" element={<RequireSession><NewPressureCampaignPage /></RequireSession>} />
            <Route path="/pressure/campaigns/:campaignId" element={<RequireSession><PressureCampaignPage /></RequireSession>} />
            <Route path="/pressure/trends" element={<RequireSession><PressureTrendsPage /></RequireSession>} />
            <Route path="/pressure/:reportId" element={<RequireSession><PressureReportPage /></RequireSession>} />
            <Route path="/practice" element={<RequireSession><PracticeLibraryPage /></RequireSession>} />
            <Route path="/practice/new" element={<RequireSession><PublishPracticePage /></RequireSession>} />
            <Route path="/practice/:entryId/edit" element={<RequireSession><PublishPracticePage /></RequireSession>} />
            <Route path="/practice/:entryId" element={<RequireSession><PracticeEntryPage /></RequireSession>} />
            <Route path="/admin" element={<RequireSession><RequireAccountManager><UsersPage /></RequireAccountManager></RequireSession>} />
            <Route path="/admin/invite" element={<RequireSession><RequireAccountManager><InvitePage /></RequireAccountManager></RequireSession>} />
            <Route path="/admin/invitations" element={<RequireSession><RequireAccountManager><InvitationsPage /></RequireAccountManager></RequireSession>} />
            <Route path="/admin/users/:userId" element={<RequireSession><RequireAccountManager><UserPage /></RequireAccountManager></RequireSession>} />
            <Route path="/admin/users/:userId/memberships/:membershipId/end" element={<RequireSession><RequireAccountManager><EndMembershipPage /></RequireAccountManager></RequireSession>} />
            <Route path="/admin/organisations" element={<RequireSession><RequireAdmin><OrganisationsPage /></RequireAdmin></RequireSession>} />
            <Route path="/admin/schools/:schoolId" element={<RequireSession><RequireAdmin><SchoolFactsPage /></RequireAdmin></RequireSession>} />
            <Route path="/admin/gias-imports" element={<RequireSession><RequireAdmin><GiasImportsPage /></RequireAdmin></RequireSession>} />
            <Route path="/admin/gias-imports/:runId" element={<RequireSession><RequireAdmin><GiasImportPage /></RequireAdmin></RequireSession>} />
            <Route path="/admin/hmi-assignments" element={<RequireSession><RequireAdmin><HmiAssignmentsPage /></RequireAdmin></RequireSession>} />
            <Route path="/oversight/audit" element={<RequireSession><AuditSearchPage /></RequireSession>} />
            <Route path="/oversight/reports" element={<RequireSession><MessageReportsPage /></RequireSession>} />
            <Route path="/governance" element={<RequireSession><SchoolGovernancePage /></RequireSession>} />
            <Route path="/governance/appointments/new" element={<RequireSession><AddAppointmentPage /></RequireSession>} />
            <Route path="/governance/appointments/:appointmentId/record-check" element={<RequireSession><RecordCheckPage /></RequireSession>} />
            <Route path="/governance/appointments/:appointmentId/change" element={<RequireSession><ChangeAppointmentPage /></RequireSession>} />
            <Route path="/governance/import" element={<RequireSession><ImportGovernancePage /></RequireSession>} />
            <Route path="/governance/completion" element={<RequireSession><GovernanceCompletionPage /></RequireSession>} />
            <Route path="/governance/returns" element={<RequireSession><SafeguardingReturnsPage /></RequireSession>} />
            <Route path="/schools/:schoolId/governance" element={<RequireSession><SchoolGovernancePage /></RequireSession>} />
            <Route path="/schools/:schoolId/governance/appointments/new" element={<RequireSession><AddAppointmentPage /></RequireSession>} />
            <Route path="/schools/:schoolId/governance/appointments/:appointmentId/record-check" element={<RequireSession><RecordCheckPage /></RequireSession>} />
            <Route path="/schools/:schoolId/governance/appointments/:appointmentId/change" element={<RequireSession><ChangeAppointmentPage /></RequireSession>} />
            <Route path="/schools/:schoolId/governance/import" element={<RequireSession><ImportGovernancePage /></RequireSession>} />
            <Route path="/schools/:schoolId/prevent" element={<RequireSession><PreventDutyPage /></RequireSession>} />
            <Route path="/schools/:schoolId/prevent/risk-assessment" element={<RequireSession><PreventRiskAssessmentPage /></RequireSession>} />
            <Route path="/schools/:schoolId/prevent/training" element={<RequireSession><PreventTrainingPage /></RequireSession>} />
            <Route path="/schools/:schoolId/safeguarding-return" element={<RequireSession><SafeguardingReturnPage /></RequireSession>} />
            <Route path="*" element={<PageNotFound />} />
          </Routes>
        </SessionProvider>
      </BrowserRouter>
    </ApolloProvider>
  );
}
