// The app's pages and who may reach them. A page that needs a session sends the reader to sign in first and back
// afterwards; the API still decides every read and act (the navigation only avoids offering what a role cannot use).
import { lazy, Suspense, type ComponentType, type LazyExoticComponent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Route, Routes, useLocation } from 'react-router';
import { Layout } from './components/layout.tsx';
import { startPathFor } from './navigation.ts';
import { NotFoundPage } from './pages/not-found.tsx';
import { SignInPage } from './pages/sign-in.tsx';
import { useSession } from './session.tsx';

/**
 * A page loaded only when first visited, so the first screen fetches the app's frame and that one page, not every
 * page's code (the dashboard's charting library stays off the officer's queue, and the forms off the dashboard).
 */
function lazyPage<Name extends string>(
  load: () => Promise<Record<Name, ComponentType>>,
  name: Name,
): LazyExoticComponent<ComponentType> {
  return lazy(async () => ({ default: (await load())[name] }));
}

const DashboardPage = lazyPage(() => import('./pages/dashboard/dashboard-page.tsx'), 'DashboardPage');
const BoardPage = lazyPage(() => import('./pages/board/board-page.tsx'), 'BoardPage');
const CasePage = lazyPage(() => import('./pages/cases/case-page.tsx'), 'CasePage');
const CaseSearchPage = lazyPage(() => import('./pages/cases/case-search-page.tsx'), 'CaseSearchPage');
const IntakePage = lazyPage(() => import('./pages/cases/intake-page.tsx'), 'IntakePage');
const ClientsPage = lazyPage(() => import('./pages/counsel/clients-page.tsx'), 'ClientsPage');
const CourtPage = lazyPage(() => import('./pages/court/court-page.tsx'), 'CourtPage');
const MyQueuePage = lazyPage(() => import('./pages/my-queue.tsx'), 'MyQueuePage');
const AccessLogPage = lazyPage(() => import('./pages/admin/access-log-page.tsx'), 'AccessLogPage');
const UsersPage = lazyPage(() => import('./pages/admin/users-page.tsx'), 'UsersPage');
const DissentPage = lazyPage(() => import('./pages/dissent/dissent-page.tsx'), 'DissentPage');
const MyDissentsPage = lazyPage(() => import('./pages/dissent/my-dissents-page.tsx'), 'MyDissentsPage');
const ReviewDissentsPage = lazyPage(
  () => import('./pages/dissent/review-dissents-page.tsx'),
  'ReviewDissentsPage',
);
const RecordPage = lazyPage(() => import('./pages/record/record-page.tsx'), 'RecordPage');
const VerifyPage = lazyPage(() => import('./pages/record/verify-page.tsx'), 'VerifyPage');
const ScreeningPage = lazyPage(() => import('./pages/screening/screening-page.tsx'), 'ScreeningPage');

/** Renders its page for a signed-in user; otherwise sends them to sign in, remembering where they were going. */
function SignedIn({ children }: { children: ReactNode }) {
  const { user } = useSession();
  const location = useLocation();
  const { t } = useTranslation();
  if (user === undefined) return <p role="status">{t('loading')}</p>;
  if (user === null)
    return <Navigate to="/sign-in" replace state={{ from: location.pathname + location.search }} />;
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

/** What shows while a page's code arrives. */
function Loading() {
  const { t } = useTranslation();
  return <p role="status">{t('loading')}</p>;
}

export function App() {
  return (
    <Layout>
      <Suspense fallback={<Loading />}>
        <Routes>
          {PAGES.map(({ path, element, public: isPublic }) => (
            <Route key={path} path={path} element={isPublic ? element : <SignedIn>{element}</SignedIn>} />
          ))}
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      </Suspense>
    </Layout>
  );
}
