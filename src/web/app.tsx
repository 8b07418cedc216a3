// The app's pages and who may reach them. A page that needs a session sends the reader to sign in first and back
// afterwards; the API still decides every read and act (the navigation only avoids offering what a role cannot use).
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Route, Routes, useLocation } from 'react-router';
import { Layout } from './components/layout.tsx';
import { startPathFor } from './navigation.ts';
import { DashboardPage } from './pages/dashboard/dashboard-page.tsx';
import { BoardPage } from './pages/board/board-page.tsx';
import { CasePage } from './pages/cases/case-page.tsx';
import { CaseSearchPage } from './pages/cases/case-search-page.tsx';
import { IntakePage } from './pages/cases/intake-page.tsx';
import { ClientsPage } from './pages/counsel/clients-page.tsx';
import { CourtPage } from './pages/court/court-page.tsx';
import { MyQueuePage } from './pages/my-queue.tsx';
import { AccessLogPage } from './pages/admin/access-log-page.tsx';
import { UsersPage } from './pages/admin/users-page.tsx';
import { DissentPage } from './pages/dissent/dissent-page.tsx';
import { MyDissentsPage } from './pages/dissent/my-dissents-page.tsx';
import { ReviewDissentsPage } from './pages/dissent/review-dissents-page.tsx';
import { NotFoundPage } from './pages/not-found.tsx';
import { RecordPage } from './pages/record/record-page.tsx';
import { VerifyPage } from './pages/record/verify-page.tsx';
import { ScreeningPage } from './pages/screening/screening-page.tsx';
import { SignInPage } from './pages/sign-in.tsx';
import { useSession } from './session.tsx';

/** Renders its page for a signed-in user; otherwise sends them to sign in, remembering where they were going. */
function SignedIn({ children }: { children: ReactNode }) {
  const { user } = useSession();
  const location = useLocation();
  const { t } = useTranslation();
  if (user === undefined) return <p role="status">{t('loading')}</p>;
  if (user === null) return <Navigate to="/sign-in" replace state={{ from: location.pathname + location.search }} />;
  return <>{children}</>;
}

/** The start page: a signed-in user's own, else sign-in. */
function Home() {
  const { user } = useSession();
  const { t } = useTranslation();
  if (user === undefined) return <p role="status">{t('loading')}</p>;
  return <Navigate to={user ? startPathFor(user) : '/sign-in'} replace />;
}

/** Every page. */
export const PAGES: { path: string; element: ReactNode; public?: true }[] = [
  { path: '/', element: <Home />, public: true },
  { path: '/sign-in', element: <SignInPage />, public: true },
  { path: '/dashboard', element: <DashboardPage />, public: true },
  { path: '/queue', element: <MyQueuePage /> },
  { path: '/board', element: <BoardPage /> },
  { path: '/screenings/:screeningId', element: <ScreeningPage /> },
  { path: '/screenings/:screeningId/record', element: <RecordPage /> },
  { path: '/verify', element: <VerifyPage />, public: true },
  { path: '/dissents', element: <MyDissentsPage /> },
  { path: '/dissents/review', element: <ReviewDissentsPage /> },
  { path: '/dissents/:dissentId', element: <DissentPage /> },
  { path: '/admin/users', element: <UsersPage /> },
  { path: '/admin/access-log', element: <AccessLogPage /> },
  { path: '/encounters/new', element: <IntakePage /> },
  { path: '/cases', element: <CaseSearchPage /> },
  { path: '/cases/:caseId', element: <CasePage /> },
  { path: '/court', element: <CourtPage /> },
  { path: '/clients', element: <ClientsPage /> },
];

export function App() {
  return (
    <Layout>
      <Routes>
        {PAGES.map(({ path, element, public: isPublic }) => (
          <Route key={path} path={path} element={isPublic ? element : <SignedIn>{element}</SignedIn>} />
        ))}
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </Layout>
  );
}
