import type { ReactNode } from "react";
import { Outlet } from "react-router";

/** The console's page frame: skip link, the top bar (brand, navigation, whatever follows it) and the page. */
export function PageFrame(props: { nav: ReactNode; children?: ReactNode }) {
  return (
    <>
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      <header className="topbar">
        <span className="brand">Linkgate</span>
        <nav aria-label="Main">{props.nav}</nav>
        {props.children}
      </header>
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
    </>
  );
}
