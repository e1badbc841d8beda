import { ApolloProvider } from '@apollo/client/react';
import { lazy, Suspense } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { apolloClient } from './api/apollo';
import { RequireAccountManager, RequireAdmin } from './admin/require-admin';
import { RequireSession } from './auth/require-session';
import { SessionProvider } from './auth/session-context';
import { SignInPage } from './auth/sign-in-page';
import { AcceptInvitationPage } from './auth/accept-invitation-page';
import { PasswordResetPage } from './auth/password-reset-page';
import { FocusOnNavigation } from './layout/focus-on-navigation';
import { Loading, PageNotFound } from './layout/status-pages';

// Each page is its own chunk, fetched when first visited: a headteacher never downloads the HMI's
// charts or the register's forms, and the first page (sign-in) loads quickly.
const EndMembershipPage = lazy(() => import('./admin/end-membership-page').then((m) => ({ default: m.EndMembershipPage })));
const ResetAuthenticatorPage = lazy(() => import('./admin/reset-authenticator-page').then((m) => ({ default: m.ResetAuthenticatorPage })));
const GiasImportPage = lazy(() => import('./admin/gias-import-page').then((m) => ({ default: m.GiasImportPage })));
const GiasImportsPage = lazy(() => import('./admin/gias-imports-page').then((m) => ({ default: m.GiasImportsPage })));
const HmiAssignmentsPage = lazy(() => import('./admin/hmi-assignments-page').then((m) => ({ default: m.HmiAssignmentsPage })));
const InvitationsPage = lazy(() => import('./admin/invitations-page').then((m) => ({ default: m.InvitationsPage })));
const InvitePage = lazy(() => import('./admin/invite-page').then((m) => ({ default: m.InvitePage })));
const OrganisationsPage = lazy(() => import('./admin/organisations-page').then((m) => ({ default: m.OrganisationsPage })));
const SchoolFactsPage = lazy(() => import('./admin/school-facts-page').then((m) => ({ default: m.SchoolFactsPage })));
const UserPage = lazy(() => import('./admin/user-page').then((m) => ({ default: m.UserPage })));
const UsersPage = lazy(() => import('./admin/users-page').then((m) => ({ default: m.UsersPage })));
const ConcernPage = lazy(() => import('./concerns/concern-page').then((m) => ({ default: m.ConcernPage })));
const ConcernsListPage = lazy(() => import('./concerns/concerns-list-page').then((m) => ({ default: m.ConcernsListPage })));
const DecidePage = lazy(() => import('./concerns/decide-page').then((m) => ({ default: m.DecidePage })));
const FrontDoorPage = lazy(() => import('./concerns/front-door-page').then((m) => ({ default: m.FrontDoorPage })));
const ReportConcernPage = lazy(() => import('./concerns/report-concern-page').then((m) => ({ default: m.ReportConcernPage })));
const ChangeDecisionPage = lazy(() => import('./concerns/sign-off-page').then((m) => ({ default: m.ChangeDecisionPage })));
const SignOffPage = lazy(() => import('./concerns/sign-off-page').then((m) => ({ default: m.SignOffPage })));
const AddAppointmentPage = lazy(() => import('./governance/appointment-page').then((m) => ({ default: m.AddAppointmentPage })));
const ChangeAppointmentPage = lazy(() => import('./governance/appointment-page').then((m) => ({ default: m.ChangeAppointmentPage })));
const GovernanceCompletionPage = lazy(() => import('./governance/governance-completion-page').then((m) => ({ default: m.GovernanceCompletionPage })));
const ImportGovernancePage = lazy(() => import('./governance/import-page').then((m) => ({ default: m.ImportGovernancePage })));
const RecordCheckPage = lazy(() => import('./governance/record-check-page').then((m) => ({ default: m.RecordCheckPage })));
const SafeguardingReturnPage = lazy(() => import('./governance/safeguarding-return-page').then((m) => ({ default: m.SafeguardingReturnPage })));
const SafeguardingReturnsPage = lazy(() => import('./governance/safeguarding-returns-page').then((m) => ({ default: m.SafeguardingReturnsPage })));
const SchoolGovernancePage = lazy(() => import('./governance/school-governance-page').then((m) => ({ default: m.SchoolGovernancePage })));
const HomePage = lazy(() => import('./home/home-page').then((m) => ({ default: m.HomePage })));
const InspectionDashboardPage = lazy(() => import('./inspection/inspection-dashboard-page').then((m) => ({ default: m.InspectionDashboardPage })));
const TermlyReportPage = lazy(() => import('./inspection/termly-report-page').then((m) => ({ default: m.TermlyReportPage })));
const ConversationPage = lazy(() => import('./messaging/conversation-page').then((m) => ({ default: m.ConversationPage })));
const MessagesPage = lazy(() => import('./messaging/messages-page').then((m) => ({ default: m.MessagesPage })));
const NetworkModerationPage = lazy(() => import('./messaging/network-moderation-page').then((m) => ({ default: m.NetworkModerationPage })));
const NetworkPage = lazy(() => import('./messaging/network-page').then((m) => ({ default: m.NetworkPage })));
const NetworksPage = lazy(() => import('./messaging/networks-page').then((m) => ({ default: m.NetworksPage })));
const NewChannelPage = lazy(() => import('./messaging/new-channel-page').then((m) => ({ default: m.NewChannelPage })));
const NewConversationPage = lazy(() => import('./messaging/new-conversation-page').then((m) => ({ default: m.NewConversationPage })));
const MessageSearchPage = lazy(() => import('./messaging/search-page').then((m) => ({ default: m.MessageSearchPage })));
const NotificationsPage = lazy(() => import('./notifications/notifications-page').then((m) => ({ default: m.NotificationsPage })));
const AuditSearchPage = lazy(() => import('./oversight/audit-search-page').then((m) => ({ default: m.AuditSearchPage })));
const MessageReportsPage = lazy(() => import('./oversight/message-reports-page').then((m) => ({ default: m.MessageReportsPage })));
const PracticeEntryPage = lazy(() => import('./practice/practice-entry-page').then((m) => ({ default: m.PracticeEntryPage })));
const PracticeLibraryPage = lazy(() => import('./practice/practice-library-page').then((m) => ({ default: m.PracticeLibraryPage })));
const PublishPracticePage = lazy(() => import('./practice/publish-practice-page').then((m) => ({ default: m.PublishPracticePage })));
const PressureCampaignPage = lazy(() => import('./pressure/pressure-campaign-page').then((m) => ({ default: m.PressureCampaignPage })));
const NewPressureCampaignPage = lazy(() => import('./pressure/pressure-campaigns-page').then((m) => ({ default: m.NewPressureCampaignPage })));
const PressureCampaignsPage = lazy(() => import('./pressure/pressure-campaigns-page').then((m) => ({ default: m.PressureCampaignsPage })));
const PressureDelegatesPage = lazy(() => import('./pressure/pressure-delegates-page').then((m) => ({ default: m.PressureDelegatesPage })));
const PressureListPage = lazy(() => import('./pressure/pressure-list-page').then((m) => ({ default: m.PressureListPage })));
const PressureReportPage = lazy(() => import('./pressure/pressure-report-page').then((m) => ({ default: m.PressureReportPage })));
const PressureTrendsPage = lazy(() => import('./pressure/pressure-trends-page').then((m) => ({ default: m.PressureTrendsPage })));
const ReportPressurePage = lazy(() => import('./pressure/report-pressure-page').then((m) => ({ default: m.ReportPressurePage })));
const SharedPressurePage = lazy(() => import('./pressure/shared-pressure-page').then((m) => ({ default: m.SharedPressurePage })));
const AddChildPage = lazy(() => import('./register/add-child-page').then((m) => ({ default: m.AddChildPage })));
const AssignPage = lazy(() => import('./register/assign-page').then((m) => ({ default: m.AssignPage })));
const CalendarPage = lazy(() => import('./register/calendar-page').then((m) => ({ default: m.CalendarPage })));
const ChildPage = lazy(() => import('./register/child-page').then((m) => ({ default: m.ChildPage })));
const CloseEntryPage = lazy(() => import('./register/close-entry-page').then((m) => ({ default: m.CloseEntryPage })));
const EnquiryPage = lazy(() => import('./register/enquiry-page').then((m) => ({ default: m.EnquiryPage })));
const EntryPage = lazy(() => import('./register/entry-page').then((m) => ({ default: m.EntryPage })));
const EscalationsPage = lazy(() => import('./register/escalations-page').then((m) => ({ default: m.EscalationsPage })));
const MergePage = lazy(() => import('./register/merge-page').then((m) => ({ default: m.MergePage })));
const MergeQueuePage = lazy(() => import('./register/merge-queue-page').then((m) => ({ default: m.MergeQueuePage })));
const ProvisionPage = lazy(() => import('./register/provision-page').then((m) => ({ default: m.ProvisionPage })));
const RegisterPage = lazy(() => import('./register/register-page').then((m) => ({ default: m.RegisterPage })));
const RegisterRulesPage = lazy(() => import('./register/register-rules-page').then((m) => ({ default: m.RegisterRulesPage })));
const ReportChildPage = lazy(() => import('./register/report-child-page').then((m) => ({ default: m.ReportChildPage })));
const SchoolRegisterPage = lazy(() => import('./register/school-register-page').then((m) => ({ default: m.SchoolRegisterPage })));
const SettingsPage = lazy(() => import('./register/settings-page').then((m) => ({ default: m.SettingsPage })));
const ClosureSignOffPage = lazy(() => import('./register/sign-off-page').then((m) => ({ default: m.SignOffPage })));
const SignOffWindowPage = lazy(() => import('./register/sign-off-window-page').then((m) => ({ default: m.SignOffWindowPage })));
const VisitPage = lazy(() => import('./register/visit-page').then((m) => ({ default: m.VisitPage })));
const WhereaboutsPage = lazy(() => import('./register/whereabouts-page').then((m) => ({ default: m.WhereaboutsPage })));
const PreventDutyPage = lazy(() => import('./schools/prevent-duty-page').then((m) => ({ default: m.PreventDutyPage })));
const PreventRiskAssessmentPage = lazy(() => import('./schools/prevent-records-pages').then((m) => ({ default: m.PreventRiskAssessmentPage })));
const PreventTrainingPage = lazy(() => import('./schools/prevent-records-pages').then((m) => ({ default: m.PreventTrainingPage })));
const SchoolPage = lazy(() => import('./schools/school-page').then((m) => ({ default: m.SchoolPage })));


export function App() {
  return (
    <ApolloProvider client={apolloClient}>
      <BrowserRouter>
        <SessionProvider>
          <FocusOnNavigation />
          <Suspense fallback={<Loading />}>
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
            <Route path="/admin/users/:userId/reset-authenticator" element={<RequireSession><RequireAccountManager><ResetAuthenticatorPage /></RequireAccountManager></RequireSession>} />
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
          </Suspense>
        </SessionProvider>
      </BrowserRouter>
    </ApolloProvider>
  );
}
