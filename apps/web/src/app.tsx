import { ApolloProvider } from '@apollo/client/react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { apolloClient } from './api/apollo';
import { RequireSession } from './auth/require-session';
import { SessionProvider } from './auth/session-context';
import { SignInPage } from './auth/sign-in-page';
import { HomePage } from './home/home-page';
import { InspectionDashboardPage } from './inspection/inspection-dashboard-page';
import { TermlyReportPage } from './inspection/termly-report-page';
import { PageNotFound } from './layout/status-pages';
import { ConversationPage } from './messaging/conversation-page';
import { MessagesPage } from './messaging/messages-page';
import { NetworkPage, NetworksPage } from './messaging/networks-page';
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
            <Route path="*" element={<PageNotFound />} />
          </Routes>
        </SessionProvider>
      </BrowserRouter>
    </ApolloProvider>
  );
}
