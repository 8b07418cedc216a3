// The frame of every page: a skip link, the header with the role's navigation, the language switch and the
// signed-in user, then the page. After each navigation focus moves to the page's heading, so a screen reader
// announces the new page and the keyboard starts from its top.
import { Button, GridContainer, Header, NavMenuButton, PrimaryNav, Title } from '@trussworks/react-uswds';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, useLocation, useNavigate } from 'react-router';
import { chooseLanguage, type Language } from '../i18n/i18n.ts';
import { NAV_PATHS, navigationFor } from '../navigation.ts';
import { useSession } from '../session.tsx';

/** The page frame. */
export function Layout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { user, signOut } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const [expanded, setExpanded] = useState(false);
  const main = useRef<HTMLElement>(null);

  useEffect(() => {
    setExpanded(false);
    const heading = main.current?.querySelector('h1');
    if (heading) {
      heading.setAttribute('tabindex', '-1');
      heading.focus({ preventScroll: false });
    }
  }, [location.pathname]);

  const items = navigationFor(user ?? null).map((key) => (
    <NavLink key={key} to={NAV_PATHS[key]} className={({ isActive }) => `usa-nav-link${isActive ? ' usa-current' : ''}`}>
      <span>{t(`nav.${key}`)}</span>
    </NavLink>
  ));
  if (user) {
    items.push(
      <Button
        key="sign-out"
        type="button"
        unstyled
        className="usa-nav-link"
        onClick={() => void signOut().then(() => navigate('/sign-in'))}
      >
        {t('signOut')}
      </Button>,
    );
  } else if (user === null && location.pathname !== '/sign-in') {
    items.push(
      <NavLink key="sign-in" to="/sign-in" className="usa-nav-link">
        <span>{t('signIn')}</span>
      </NavLink>,
    );
  }
  const other = t('otherLanguageCode') as Language;

  return (
    <>
      <a className="usa-skipnav" href="#main-content">
        {t('skipToContent')}
      </a>
      <div className={`usa-overlay ${expanded ? 'is-visible' : ''}`} />
      <Header basic>
        <div className="usa-nav-container">
          <div className="usa-navbar">
            <Title>
              <NavLink to="/" className="refuge-title">
                {t('appName')}
              </NavLink>
            </Title>
            <NavMenuButton onClick={() => setExpanded((e) => !e)} label={t('menu')} />
          </div>
          <PrimaryNav
            items={items}
            mobileExpanded={expanded}
            onToggleMobileNav={() => setExpanded((e) => !e)}
            aria-label={t('mainNavigation')}
          >
            <div className="refuge-header-tools">
              {user && (
                <span className="refuge-signed-in">
                  {t('signedInAs', { name: user.name, role: t(`role.${user.role}`) })}
                </span>
              )}
              <Button
                type="button"
                outline
                className="refuge-language"
                lang={other}
                onClick={() => void chooseLanguage(other)}
              >
                {t('otherLanguage')}
              </Button>
            </div>
          </PrimaryNav>
        </div>
      </Header>
      <main id="main-content" ref={main}>
        <GridContainer className="padding-y-4">{children}</GridContainer>
      </main>
    </>
  );
}
